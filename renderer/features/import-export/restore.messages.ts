import { defineCatalogue } from '../../i18n/catalogue';
import { restoreFieldMessagesEn, restoreFieldMessagesIt } from './restoreFields.messages';

// Restoring a backup: preview, merge differences, progress, safety copies.
export const restoreMessages = defineCatalogue(
  {
    ...restoreFieldMessagesEn,
    'restore.reading': 'Reading the backup and comparing it with your data…',
    'restore.error.tooLarge':
      'This file is {size}: larger than any backup Trama writes (at most {limit}), so it is not read. Nothing was restored.',
    'restore.error.stopped':
      'Reading the backup stopped without an answer: it may need more memory than this computer can give. Nothing was restored.',
    'restore.place.record': '{table} (record “{record}”)',
    'restore.place.table': '{table}',
    'restore.place.file': 'the file',
    'restore.table.stakeholders': 'Stakeholders',
    'restore.table.contacts': 'Contact persons',
    'restore.table.relationships': 'Relationships',
    'restore.table.agreements': 'Agreements',
    'restore.table.actions': 'Advocacy actions',
    'restore.table.followUps': 'Follow-ups',
    'restore.table.programmes': 'Programmes',
    'restore.table.staff': 'Staff members',
    'restore.table.categories': 'Custom categories',
    'restore.table.mapPositions': 'Positions on the map',
    'restore.table.meta': 'App settings',
    'restore.table.briefings': 'Briefing packs',
    'restore.table.savedViews': 'Saved map views',
    'restore.merge.caption': 'What the backup would add and change',
    'restore.merge.col.table': 'Records',
    'restore.merge.col.added': 'Not here (new, or deleted here since)',
    'restore.merge.col.changed': 'Changed',
    'restore.merge.col.older': 'Older than yours',
    'restore.merge.col.unchanged': 'Unchanged',
    'restore.merge.col.onlyHere': 'Only here (kept)',
    'restore.merge.nothing': 'The backup holds nothing that differs from your data.',
    'restore.examples.changed': '{table}: what changes, for example',
    'restore.examples.older': '{table}: records changed here after the backup, for example',
    'restore.examples.col.field': 'Field',
    'restore.examples.col.now': 'Now',
    'restore.examples.col.backup': 'In the backup',
    'restore.examples.empty': '(empty)',
    'restore.examples.moreFields': '…and {count, plural, one {# more field} other {# more fields}}.',
    'restore.newer.legend': 'Records changed here after the backup was made ({count})',
    'restore.newer.keep': 'Keep my newer records',
    'restore.newer.takeBackup': 'Take the backup’s version for all',
    'restore.replace.summary':
      'Trama will hold exactly what the backup holds: {removed, plural, one {# record here that the backup does not hold will be removed} other {# records here that the backup does not hold will be removed}}.',
    'restore.erased.warning':
      '{count, plural, one {This backup holds # contact person who was erased here on request. They are left out of the restore (and of the figures above).} other {This backup holds # contact persons who were erased here on request. They are left out of the restore (and of the figures above).}}',
    'restore.erased.warning.replace':
      '{count, plural, one {This backup holds # contact person who was erased here on request. They are left out of the restore (though counted in what the backup holds, above).} other {This backup holds # contact persons who were erased here on request. They are left out of the restore (though counted in what the backup holds, above).}}',
    'restore.erased.redacted':
      '{count, plural, one {Their names, email addresses and phone numbers are replaced by “{marker}” in # record of the backup.} other {Their names, email addresses and phone numbers are replaced by “{marker}” in # records of the backup.}}',
    'restore.erased.leftAsTheyAre':
      '{count, plural, one {# record may still name one of them (a one-word name, which may be someone else, or a web address): it is restored as it is.} other {# records may still name one of them (a one-word name, which may be someone else, or a web address): they are restored as they are.}}',
    'restore.erased.restoreAnyway': 'Restore them anyway (they then leave the list of people erased here)',
    'restore.missingStakeholders.leftOut':
      '{count, plural, one {# record of this backup needs a stakeholder the backup does not hold, and is left out of the restore (and of the figures above): {tables}.} other {# records of this backup need stakeholders the backup does not hold, and are left out of the restore (and of the figures above): {tables}.}}',
    'restore.missingStakeholders.leftOut.replace':
      '{count, plural, one {# record of this backup needs a stakeholder the backup does not hold, and is left out of the restore (though counted in what the backup holds, above): {tables}.} other {# records of this backup need stakeholders the backup does not hold, and are left out of the restore (though counted in what the backup holds, above): {tables}.}}',
    'restore.missingStakeholders.trimmed':
      '{count, plural, one {# record of this backup names a stakeholder the backup does not hold (or a record left out for that): it is restored without that mention ({tables}).} other {# records of this backup name stakeholders the backup does not hold (or records left out for that): they are restored without that mention ({tables}).}}',
    'restore.missingStakeholders.table': '{table}: {count, number}',
    'restore.doneRedacted':
      '{count, plural, one {Their names, email addresses and phone numbers were replaced by “{marker}” in # record.} other {Their names, email addresses and phone numbers were replaced by “{marker}” in # records.}}',
    'restore.doneBroughtBack':
      '{count, plural, one {# contact person erased here was restored, as chosen, and is no longer listed as erased.} other {# contact persons erased here were restored, as chosen, and are no longer listed as erased.}}',
    'restore.droppedMeta': 'Left out of the restore, as settings Trama does not write or cannot read: {list}.',
    'restore.quoted': '“{text}”',
    'restore.droppedMeta.unknown': 'unknown',
    'restore.droppedMeta.invalid': 'not valid',
    'restore.droppedMeta.too-large': 'too large',
    'restore.droppedFields':
      'Left out of the restore, as fields this version of Trama does not know (a newer version may have written them): {list}.',
    'restore.droppedFields.field': '{table}: {field} in {count, plural, one {# record} other {# records}}',
    'restore.unknownTables':
      '{count, plural, one {# record of tables this version of Trama does not know ({tables}) will not be restored; it stays in the backup file.} other {# records of tables this version of Trama does not know ({tables}) will not be restored; they stay in the backup file.}}',
    'restore.retiredRows':
      '{count, plural, one {# record of tables Trama no longer has ({tables}) will not be restored; it stays in the backup file.} other {# records of tables Trama no longer has ({tables}) will not be restored; they stay in the backup file.}}',
    'restore.safety.browser':
      'Before restoring, a copy of your current data is kept in this browser and offered as a download.',
    'restore.safety.desktop': 'Before restoring, a copy of your current data is saved in the backups folder.',
    'restore.safety.nothing':
      'Trama holds nothing beyond what a new installation has, so no copy is needed before restoring.',
    'restore.safety.unchanged': 'This restore only adds records: nothing held here changes, so no copy is needed.',
    'restore.copying': 'Keeping a copy of your current data…',
    'restore.copyFailed':
      'The restore was not made, because the copy of your current data could not be saved: {reason}. Nothing was changed.',
    'restore.copyFailed.disk-full': 'the disk is full',
    'restore.copyFailed.not-allowed': 'Trama is not allowed to write there',
    'restore.copyFailed.too-large': 'the data is larger than Trama can save in one file',
    'restore.copyFailed.invalid': 'the copy was refused as not valid',
    'restore.copyFailed.unknown': 'the system did not say why',
    'restore.failed': 'The restore could not be completed and was undone: nothing was changed.',
    'restore.details': 'Details for support: {detail}',
    'restore.progressTitle': 'Restoring the backup',
    'restore.progress': 'Restoring: {done, number} of {total, plural, one {# record} other {# records}}',
    'restore.cancel': 'Cancel the restore',
    'restore.cancelling': 'Cancelling…',
    'restore.cancelled': 'The restore was cancelled. Nothing was changed.',
    'restore.doneTitle': 'Backup restored',
    'restore.doneWithFile': 'Backup restored. Your data from before the restore is in the backups folder as {file}.',
    'restore.doneKeptNewer':
      '{count, plural, one {# record changed here after the backup was kept as it is.} other {# records changed here after the backup were kept as they are.}}',
    'restore.doneLeftOut':
      '{count, plural, one {# contact person erased here on request was left out.} other {# contact persons erased here on request were left out.}}',
    'restore.doneCopy':
      'A copy of your data from before the restore is kept in this browser (the last 5 copies are kept).',
    'restore.downloadCopy': 'Download the copy of your data from before the restore',
    'restore.copyGone': 'That copy is no longer kept in this browser.',
    'restore.safetyCopy.kind': 'Copy made before a restore',
    'restore.safetyCopy.restoreOf': 'Restore the copy made before a restore on {date}',
    'restore.safetyCopy.downloadOf': 'Download the copy made before a restore on {date}',
    'restore.safetyCopy.attempt': 'That restore was cancelled or did not complete',
    'restore.webCopies.title': 'Copies made before a restore',
    'restore.webCopies.intro':
      'Before each restore, Trama keeps your data as it was in this browser. {count, plural, one {The copy of the last restore is kept} other {The copies of the last # restores are kept}}, and a copy from a restore that was cancelled until the next restore completes.',
    'restore.webCopies.none': 'No copy yet: one is kept before the first restore that changes your data.',
    'restore.download': 'Download',
    'restore.prunedKept':
      '{count, plural, one {The oldest copy kept in this browser, from {date}, was removed: the last {limit} are kept.} other {The # oldest copies kept in this browser were removed: the last {limit} are kept.}}',
    'restore.prunedAttempts':
      '{count, plural, one {The copy taken before a restore that was cancelled or did not complete ({date}) was removed: that data stayed in use here.} other {# copies taken before restores that were cancelled or did not complete were removed: that data stayed in use here.}}',
  },
  {
    ...restoreFieldMessagesIt,
    'restore.reading': 'Lettura della copia e confronto con i vostri dati…',
    'restore.error.tooLarge':
      'Questo file è di {size}: più grande di qualsiasi copia scritta da Trama (al massimo {limit}), quindi non viene letto. Non è stato ripristinato nulla.',
    'restore.error.stopped':
      'La lettura della copia si è interrotta senza risposta: potrebbe richiedere più memoria di quanta questo computer ne possa dare. Non è stato ripristinato nulla.',
    'restore.place.record': '{table} (dato «{record}»)',
    'restore.place.table': '{table}',
    'restore.place.file': 'il file',
    'restore.table.stakeholders': 'Stakeholder',
    'restore.table.contacts': 'Referenti',
    'restore.table.relationships': 'Relazioni',
    'restore.table.agreements': 'Accordi',
    'restore.table.actions': 'Azioni di advocacy',
    'restore.table.followUps': 'Follow-up',
    'restore.table.programmes': 'Programmi',
    'restore.table.staff': 'Personale',
    'restore.table.categories': 'Categorie personalizzate',
    'restore.table.mapPositions': 'Posizioni sulla mappa',
    'restore.table.meta': "Impostazioni dell'app",
    'restore.table.briefings': 'Dossier per riunioni',
    'restore.table.savedViews': 'Viste salvate della mappa',
    'restore.merge.caption': 'Che cosa la copia aggiungerebbe e modificherebbe',
    'restore.merge.col.table': 'Dati',
    'restore.merge.col.added': 'Non presenti qui (nuovi, o eliminati qui nel frattempo)',
    'restore.merge.col.changed': 'Modificati',
    'restore.merge.col.older': 'Più vecchi dei vostri',
    'restore.merge.col.unchanged': 'Invariati',
    'restore.merge.col.onlyHere': 'Solo qui (conservati)',
    'restore.merge.nothing': 'La copia non contiene nulla che differisca dai vostri dati.',
    'restore.examples.changed': '{table}: che cosa cambia, per esempio',
    'restore.examples.older': '{table}: dati modificati qui dopo la copia, per esempio',
    'restore.examples.col.field': 'Campo',
    'restore.examples.col.now': 'Ora',
    'restore.examples.col.backup': 'Nella copia',
    'restore.examples.empty': '(vuoto)',
    'restore.examples.moreFields': '…e {count, plural, one {# altro campo} other {altri # campi}}.',
    'restore.newer.legend': 'Dati modificati qui dopo che la copia è stata fatta ({count})',
    'restore.newer.keep': 'Mantieni i miei dati più recenti',
    'restore.newer.takeBackup': 'Usa per tutti la versione della copia',
    'restore.replace.summary':
      'Trama conterrà esattamente ciò che contiene la copia: {removed, plural, one {# dato presente qui e assente nella copia verrà eliminato} other {# dati presenti qui e assenti nella copia verranno eliminati}}.',
    'restore.erased.warning':
      '{count, plural, one {Questa copia contiene # referente cancellato qui su richiesta. Viene escluso dal ripristino (e dai numeri qui sopra).} other {Questa copia contiene # referenti cancellati qui su richiesta. Vengono esclusi dal ripristino (e dai numeri qui sopra).}}',
    'restore.erased.warning.replace':
      '{count, plural, one {Questa copia contiene # referente cancellato qui su richiesta. Viene escluso dal ripristino (pur contato in ciò che la copia contiene, qui sopra).} other {Questa copia contiene # referenti cancellati qui su richiesta. Vengono esclusi dal ripristino (pur contati in ciò che la copia contiene, qui sopra).}}',
    'restore.erased.redacted':
      '{count, plural, one {I loro nomi, indirizzi email e numeri di telefono vengono sostituiti da «{marker}» in # dato della copia.} other {I loro nomi, indirizzi email e numeri di telefono vengono sostituiti da «{marker}» in # dati della copia.}}',
    'restore.erased.leftAsTheyAre':
      '{count, plural, one {# dato potrebbe ancora nominare una di queste persone (un nome di una sola parola, che può indicare qualcun altro, o un indirizzo web): viene ripristinato così com’è.} other {# dati potrebbero ancora nominare una di queste persone (un nome di una sola parola, che può indicare qualcun altro, o un indirizzo web): vengono ripristinati così come sono.}}',
    'restore.erased.restoreAnyway': 'Ripristinali comunque (non risulteranno più tra le persone cancellate qui)',
    'restore.missingStakeholders.leftOut':
      '{count, plural, one {# dato di questa copia dipende da uno stakeholder che la copia non contiene e viene escluso dal ripristino (e dai numeri qui sopra): {tables}.} other {# dati di questa copia dipendono da stakeholder che la copia non contiene e vengono esclusi dal ripristino (e dai numeri qui sopra): {tables}.}}',
    'restore.missingStakeholders.leftOut.replace':
      '{count, plural, one {# dato di questa copia dipende da uno stakeholder che la copia non contiene e viene escluso dal ripristino (pur contato in ciò che la copia contiene, qui sopra): {tables}.} other {# dati di questa copia dipendono da stakeholder che la copia non contiene e vengono esclusi dal ripristino (pur contati in ciò che la copia contiene, qui sopra): {tables}.}}',
    'restore.missingStakeholders.trimmed':
      '{count, plural, one {# dato di questa copia nomina uno stakeholder che la copia non contiene (o un dato escluso per questo): viene ripristinato senza quel riferimento ({tables}).} other {# dati di questa copia nominano stakeholder che la copia non contiene (o dati esclusi per questo): vengono ripristinati senza quel riferimento ({tables}).}}',
    'restore.missingStakeholders.table': '{table}: {count, number}',
    'restore.doneRedacted':
      '{count, plural, one {I loro nomi, indirizzi email e numeri di telefono sono stati sostituiti da «{marker}» in # dato.} other {I loro nomi, indirizzi email e numeri di telefono sono stati sostituiti da «{marker}» in # dati.}}',
    'restore.doneBroughtBack':
      '{count, plural, one {# referente cancellato qui è stato ripristinato, come scelto, e non risulta più cancellato.} other {# referenti cancellati qui sono stati ripristinati, come scelto, e non risultano più cancellati.}}',
    'restore.droppedMeta':
      'Escluse dal ripristino, perché impostazioni che Trama non scrive o non riesce a leggere: {list}.',
    'restore.quoted': '«{text}»',
    'restore.droppedMeta.unknown': 'sconosciuta',
    'restore.droppedMeta.invalid': 'non valida',
    'restore.droppedMeta.too-large': 'troppo grande',
    'restore.droppedFields':
      'Esclusi dal ripristino, perché campi che questa versione di Trama non conosce (forse scritti da una versione più recente): {list}.',
    'restore.droppedFields.field': '{table}: {field} in {count, plural, one {# dato} other {# dati}}',
    'restore.unknownTables':
      '{count, plural, one {# dato di tabelle che questa versione di Trama non conosce ({tables}) non verrà ripristinato; resta nel file della copia.} other {# dati di tabelle che questa versione di Trama non conosce ({tables}) non verranno ripristinati; restano nel file della copia.}}',
    'restore.retiredRows':
      '{count, plural, one {# dato di tabelle che Trama non usa più ({tables}) non verrà ripristinato; resta nel file della copia.} other {# dati di tabelle che Trama non usa più ({tables}) non verranno ripristinati; restano nel file della copia.}}',
    'restore.safety.browser':
      'Prima del ripristino, una copia dei dati attuali viene conservata in questo browser e offerta da scaricare.',
    'restore.safety.desktop':
      'Prima del ripristino, una copia dei dati attuali viene salvata nella cartella delle copie.',
    'restore.safety.nothing':
      'Trama non contiene nulla oltre a ciò che ha una nuova installazione, quindi prima del ripristino non serve alcuna copia.',
    'restore.safety.unchanged':
      'Questo ripristino aggiunge soltanto dati: nulla di ciò che è qui cambia, quindi non serve alcuna copia.',
    'restore.copying': 'Salvataggio di una copia dei dati attuali…',
    'restore.copyFailed':
      'Il ripristino non è stato eseguito perché non è stato possibile salvare la copia dei dati attuali: {reason}. Non è stato modificato nulla.',
    'restore.copyFailed.disk-full': 'il disco è pieno',
    'restore.copyFailed.not-allowed': 'Trama non ha il permesso di scrivere lì',
    'restore.copyFailed.too-large': 'i dati superano ciò che Trama può salvare in un unico file',
    'restore.copyFailed.invalid': 'la copia è stata rifiutata perché non valida',
    'restore.copyFailed.unknown': 'il sistema non ne ha indicato il motivo',
    'restore.failed':
      'Non è stato possibile completare il ripristino, che è stato annullato: non è stato modificato nulla.',
    'restore.details': 'Dettagli per l’assistenza: {detail}',
    'restore.progressTitle': 'Ripristino della copia',
    'restore.progress': 'Ripristino: {done, number} di {total, plural, one {# dato} other {# dati}}',
    'restore.cancel': 'Annulla il ripristino',
    'restore.cancelling': 'Annullamento…',
    'restore.cancelled': 'Il ripristino è stato annullato. Non è stato modificato nulla.',
    'restore.doneTitle': 'Copia ripristinata',
    'restore.doneWithFile':
      'Copia ripristinata. I dati di prima del ripristino si trovano nella cartella delle copie come {file}.',
    'restore.doneKeptNewer':
      '{count, plural, one {# dato modificato qui dopo la copia è stato mantenuto così com’è.} other {# dati modificati qui dopo la copia sono stati mantenuti così come sono.}}',
    'restore.doneLeftOut':
      '{count, plural, one {# referente cancellato qui su richiesta è stato escluso.} other {# referenti cancellati qui su richiesta sono stati esclusi.}}',
    'restore.doneCopy':
      'Una copia dei dati di prima del ripristino è conservata in questo browser (si conservano le ultime 5 copie).',
    'restore.downloadCopy': 'Scarica la copia dei dati di prima del ripristino',
    'restore.copyGone': 'Questa copia non è più conservata in questo browser.',
    'restore.safetyCopy.kind': 'Copia fatta prima di un ripristino',
    'restore.safetyCopy.restoreOf': 'Ripristina la copia fatta prima di un ripristino il {date}',
    'restore.safetyCopy.downloadOf': 'Scarica la copia fatta prima di un ripristino il {date}',
    'restore.safetyCopy.attempt': 'Quel ripristino è stato annullato o non è stato completato',
    'restore.webCopies.title': 'Copie fatte prima di un ripristino',
    'restore.webCopies.intro':
      'Prima di ogni ripristino, Trama conserva in questo browser i vostri dati com’erano. {count, plural, one {Si conserva la copia dell’ultimo ripristino} other {Si conservano le copie degli ultimi # ripristini}}, e quella di un ripristino annullato fino al completamento del ripristino successivo.',
    'restore.webCopies.none':
      'Nessuna copia per ora: se ne conserva una prima del primo ripristino che modifica i vostri dati.',
    'restore.download': 'Scarica',
    'restore.prunedKept':
      '{count, plural, one {La copia più vecchia conservata in questo browser, del {date}, è stata eliminata: si conservano le ultime {limit}.} other {Le # copie più vecchie conservate in questo browser sono state eliminate: si conservano le ultime {limit}.}}',
    'restore.prunedAttempts':
      '{count, plural, one {La copia fatta prima di un ripristino annullato o non completato ({date}) è stata eliminata: quei dati sono rimasti in uso qui.} other {# copie fatte prima di ripristini annullati o non completati sono state eliminate: quei dati sono rimasti in uso qui.}}',
  },
);
