import { defineCatalogue } from '../../i18n/catalogue';

// Undo: its progress, and the dialog that names what it leaves as it is because of later edits.
export const undoMessages = defineCatalogue(
  {
    'undo.undoing': 'Undoing…',
    'undo.done': 'Undone.',
    'undo.unavailable': 'This change can no longer be undone safely, so nothing was undone.',
    'undo.title': 'This change cannot be fully undone',
    'undo.intro':
      'Some records were changed after this change, or newer records now refer to them. Undo leaves these as they are now:',
    'undo.more': '{count, plural, one {… and 1 more.} other {… and # more.}}',
    'undo.dependents':
      '{count, plural, one {And 1 record that depends on them stays as it is now:} other {And # records that depend on them stay as they are now:}}',
    'undo.safe':
      '{count, plural, one {You can undo the rest (1 record): the records listed above stay as they are now.} other {You can undo the rest (# records): the records listed above stay as they are now.}}',
    'undo.nothingSafe':
      'Nothing else can be undone without leaving records that refer to nothing: everything stays as it is now.',
    'undo.undoRest': 'Undo the rest',
    'undo.partlyDone':
      '{count, plural, one {Undone, except 1 record that stays as it is now.} other {Undone, except # records that stay as they are now.}}',
    'undo.nothingDone': 'Nothing was undone: everything stays as it is now.',
    'undo.reason.changed': '{name} ({kind}): changed after this change',
    'undo.reason.deleted': '{name} ({kind}): deleted after this change',
    'undo.reason.referenced': '{name} ({kind}): referred to later by {byName} ({byKind})',
    'undo.reason.dangling': '{name} ({kind}): refers to a record that no longer exists ({toKind})',
    'undo.reason.needed-by': '{name} ({kind}): stays, because {byName} ({byKind}) refers to it',
    'undo.reason.needs': '{name} ({kind}): not brought back, because it refers to {byName} ({byKind})',
    'undo.reason.duplicate':
      '{name} ({kind}): not brought back, because the same relationship over the same dates has been recorded since',
    'undo.reason.trimmed':
      '{name} ({kind}): brought back without {count, plural, one {1 record that no longer exists} other {# records that no longer exist}} ({toKind})',
    'undo.trimmed':
      '{count, plural, one {1 record comes back without records it referred to that no longer exist:} other {# records come back without records they referred to that no longer exist:}}',
    'undo.doneTrimmed':
      '{count, plural, one {Undone. 1 record came back without records it referred to that no longer exist: {detail}.} other {Undone. # records came back without records they referred to that no longer exist, among them {detail}.}}',
    'undo.kind.stakeholders': 'Stakeholder',
    'undo.kind.contacts': 'Contact person',
    'undo.kind.relationships': 'Relationship',
    'undo.kind.agreements': 'Agreement',
    'undo.kind.actions': 'Advocacy action',
    'undo.kind.followUps': 'Follow-up',
    'undo.kind.programmes': 'Programme',
    'undo.kind.staff': 'Staff member',
    'undo.kind.categories': 'Category',
    'undo.kind.mapPositions': 'Position in a layout of the main map',
    'undo.kind.meta': 'Setting',
    'undo.kind.briefings': 'Briefing',
    'undo.meta.sample': 'Sample network',
    'undo.meta.erasedContacts': 'List of erased contact persons',
    'undo.meta.copiesPending': 'Reminder of the copies still to check after erasures',
  },
  {
    'undo.undoing': 'Annullamento in corso…',
    'undo.done': 'Operazione annullata.',
    'undo.unavailable': 'Questa operazione non può più essere annullata in modo sicuro: non è stato annullato nulla.',
    'undo.title': 'Questa operazione non può essere annullata del tutto',
    'undo.intro':
      'Alcuni elementi sono stati modificati dopo questa operazione, oppure ora vi rimandano elementi più recenti. L’annullamento li lascia come sono ora:',
    'undo.more': '{count, plural, one {… e 1 altro.} other {… e altri #.}}',
    'undo.dependents':
      '{count, plural, one {Resta com’è ora anche 1 elemento che dipende da questi:} other {Restano come sono ora anche # elementi che dipendono da questi:}}',
    'undo.safe':
      '{count, plural, one {Potete annullare il resto (1 elemento): gli elementi elencati sopra restano come sono ora.} other {Potete annullare il resto (# elementi): gli elementi elencati sopra restano come sono ora.}}',
    'undo.nothingSafe':
      'Non è possibile annullare altro senza lasciare elementi che rimandano a qualcosa che non esiste: tutto resta com’è ora.',
    'undo.undoRest': 'Annulla il resto',
    'undo.partlyDone':
      '{count, plural, one {Operazione annullata, tranne 1 elemento che resta com’è ora.} other {Operazione annullata, tranne # elementi che restano come sono ora.}}',
    'undo.nothingDone': 'Non è stato annullato nulla: tutto resta com’è ora.',
    'undo.reason.changed': '{name} ({kind}): modifiche successive a questa operazione',
    'undo.reason.deleted': '{name} ({kind}): eliminazione successiva a questa operazione',
    'undo.reason.referenced': '{name} ({kind}): riferimento aggiunto in seguito da {byName} ({byKind})',
    'undo.reason.dangling': '{name} ({kind}): rimanda a un elemento che non esiste più ({toKind})',
    'undo.reason.needed-by': '{name} ({kind}): resta, perché vi rimanda {byName} ({byKind})',
    'undo.reason.needs': '{name} ({kind}): ripristino non possibile, perché rimanda a {byName} ({byKind})',
    'undo.reason.duplicate':
      '{name} ({kind}): ripristino non possibile, perché nel frattempo è stata registrata la stessa relazione nelle stesse date',
    'undo.reason.trimmed':
      '{name} ({kind}): ripristino senza {count, plural, one {1 elemento che non esiste più} other {# elementi che non esistono più}} ({toKind})',
    'undo.trimmed':
      '{count, plural, one {1 elemento torna senza gli elementi a cui rimandava e che non esistono più:} other {# elementi tornano senza gli elementi a cui rimandavano e che non esistono più:}}',
    'undo.doneTrimmed':
      '{count, plural, one {Operazione annullata. 1 elemento è tornato senza gli elementi a cui rimandava e che non esistono più: {detail}.} other {Operazione annullata. # elementi sono tornati senza gli elementi a cui rimandavano e che non esistono più, tra cui {detail}.}}',
    'undo.kind.stakeholders': 'Stakeholder',
    'undo.kind.contacts': 'Referente',
    'undo.kind.relationships': 'Relazione',
    'undo.kind.agreements': 'Accordo',
    'undo.kind.actions': 'Azione di advocacy',
    'undo.kind.followUps': 'Follow-up',
    'undo.kind.programmes': 'Programma',
    'undo.kind.staff': 'Membro del personale',
    'undo.kind.categories': 'Categoria',
    'undo.kind.mapPositions': 'Posizione in una disposizione della mappa principale',
    'undo.kind.meta': 'Impostazione',
    'undo.kind.briefings': 'Dossier per riunioni',
    'undo.meta.sample': 'Rete di esempio',
    'undo.meta.erasedContacts': 'Elenco dei referenti cancellati',
    'undo.meta.copiesPending': 'Promemoria delle copie ancora da controllare dopo le cancellazioni',
  },
);
