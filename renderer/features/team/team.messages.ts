import { defineCatalogue } from '../../i18n/catalogue';

export const teamMessages = defineCatalogue(
  {
    'team.title': 'Team',
    'team.intro':
      'Work on one network with your team: your changes are sent to the team’s server and theirs come here. You can go on working offline; changes are sent when the server can be reached again.',
    'team.server': 'Server address',
    'team.serverHint': 'For example https://trama.example.org (plain http only for this computer).',
    'team.name': 'Team',
    'team.nameHint': 'The name your coordinator gave the team, for example psychcare.',
    'team.userName': 'Your user name',
    'team.password': 'Password',
    'team.passwordStored.desktop': 'The password is kept in this computer’s keychain.',
    'team.passwordStored.web': 'In the browser the password is kept only until you close it.',
    'team.join': 'Join the team',
    'team.joining': 'Checking the server…',
    'team.joined': 'You joined the team {team} as {userName}.',
    'team.member': 'Team {team} on {server}, as {userName}.',
    'team.leave': 'Leave the team…',
    'team.leaveTitle': 'Leave the team {team}?',
    'team.leaveBody':
      'The data on this computer stays here, and nothing is deleted on the server. Changes made here from now on are no longer sent. {count, plural, =0 {} one {# change made here has not reached the server yet: it will not be sent.} other {# changes made here have not reached the server yet: they will not be sent.}}',
    'team.left': 'You left the team. The data stays on this computer.',
    'team.signInAgain': 'Enter your password again to go on working with the team.',
    'team.signIn': 'Sign in',
    'team.problem.invalid-address':
      'This is not a server address Trama can use: write it as https:// and the server’s name, for example https://trama.example.org (plain http only for localhost or 127.0.0.1), with nothing after it.',
    'team.problem.needs-https':
      'Plain http would send your password and the team’s data across the network readable: use an https:// address (plain http only for localhost or 127.0.0.1).',
    'team.problem.invalid-user-name':
      'A user name has 1 to 64 letters, digits and . _ @ + -, starting with a letter or digit.',
    'team.problem.invalid-team': 'A team name has 1 to 50 lowercase letters, digits and hyphens.',
    'team.problem.unreachable':
      'The server does not answer. Check the address and your connection, or ask your coordinator whether the server is running and allows Trama.',
    'team.problem.wrong-password': 'The user name or the password is wrong.',
    'team.problem.not-member':
      'You are not a member of the team {team} on this server. Ask your coordinator to add you.',
    'team.problem.no-team': 'There is no team {team} on this server. Check the team name.',
    'team.problem.not-couchdb':
      'The server at this address does not answer as a team server (CouchDB) does. Check the address.',
    'team.problem.password-not-kept':
      'The password could not be kept on this computer. Try again; if it happens again, restart Trama.',
    'team.preview.intro':
      'This computer already holds records. Before anything is sent, here is what joining the team {team} does.',
    'team.preview.caption': 'What joining sends and receives',
    'team.preview.table': 'Records',
    'team.preview.arriving': 'Arrive from the team',
    'team.preview.sending': 'Sent to the team',
    'team.preview.same': 'Already the same on both',
    'team.preview.differing': 'On both, different',
    'team.preview.differingNote':
      'Records held on both and different are not overwritten: after joining they are listed under Conflicts, where you choose what stays.',
    'team.preview.sample':
      'This computer holds the sample network. Clear it first (the banner above the page), or its fictional records would be sent to the team.',
    'team.preview.confirm': 'Join and send',
    'team.status.label': 'Team sync',
    'team.status.open': 'Team sync: open the team settings',
    'team.status.stopped': 'Not syncing',
    'team.status.connecting': 'Connecting to the team…',
    'team.status.synced': 'Synced',
    'team.status.receiving': "Receiving the team's network: {received, number} of {total, number} records…",
    'team.status.receivingCount':
      "{count, plural, one {Receiving the team's network: # record so far…} other {Receiving the team's network: # records so far…}}",
    'team.status.progress': "The team's network received so far",
    'team.status.sending': '{count, plural, one {Sending # change…} other {Sending # changes…}}',
    'team.status.offline':
      '{count, plural, =0 {Offline since {since}} one {Offline since {since}: # change waiting} other {Offline since {since}: # changes waiting}}',
    'team.status.error.unauthorized': 'Sync stopped: the server no longer accepts your password.',
    'team.status.error.forbidden': 'Sync stopped: the server refused a change or you are no longer a member.',
    'team.status.error.not-found': 'Sync stopped: the team’s database is not on the server any more.',
    'team.status.error.local': 'Sync stopped: a change could not be written on this computer.',
    'team.status.error.other': 'Sync stopped because of an unexpected error.',
    'team.leaveConfirm': 'Leave the team',
    'team.conflicts.empty': '(empty)',
    'team.conflicts.recordTitle': '{table}: {name}',
    'team.conflicts.field': 'Field',
    'team.conflicts.shown': 'Shown to the team',
    'team.conflicts.other': 'Other version',
    'team.conflicts.changedBy': 'by {who}, {when}',
    'team.conflicts.unknownMember': 'unknown member',
    'team.conflicts.keepBoth': 'Keep both',
    'team.conflicts.chooseValue': '{field}: version {version}',
    'team.conflicts.keepBothOf': '{field}: keep both',
    'team.conflicts.saveChoices': 'Keep the chosen values for {title}',
    'team.conflicts.keepOther': 'Keep the version by {who} whole',
    'team.conflicts.resolved': 'Conflict resolved: the whole team now sees the version you chose.',
    'team.conflicts.resolvedLessened':
      'Conflict resolved: the whole team now sees the version you chose, without the records deleted since that it named: {fields}.',
    'team.conflicts.notResolved.invalid': 'These choices do not make a valid record: {problems} Choose otherwise.',
    'team.conflicts.notResolved.missing-references':
      'The record would point at records deleted since: {fields}. Choose a version without them, or delete the record.',
    'team.conflicts.problem.field': '{field}: {reason}',
    'team.conflicts.problem.checkValue': 'check this value (a joined text may be too long).',
    'team.conflicts.problem.cannotKeepBoth': '{field}: its values cannot be kept together.',
    'team.conflicts.problem.notShown': 'A choice no longer matches the versions shown.',
    'team.conflicts.problem.deletedTarget': '{field} ({table})',
    'team.conflicts.unshown':
      '{count, plural, one {# more version of this record is not shown} other {# more versions of this record are not shown}}: whatever you keep replaces them too.',
    'team.conflicts.setAside':
      '{count, plural, one {# version of this record is not a valid record and was set aside} other {# versions of this record are not valid records and were set aside}}: whatever you keep replaces them too.',
    'team.conflicts.deletedBy':
      'Deleted by {who}, {when}, on another computer, while the version shown was being changed: the deletion did not hold.',
    'team.conflicts.keepChanged': 'Keep {title} as changed',
    'team.conflicts.delete': 'Delete {title}',
    'team.conflicts.otherNumbered': 'Other version {number}',
    'team.conflicts.keepOtherNumbered': 'Keep other version {number}, by {who}, whole',
    'team.conflicts.deleteTitle': 'Delete {title}?',
    'team.conflicts.deleteUndoHint': 'It is deleted for the whole team. You can undo this right after.',
    'team.conflicts.deleteNotHeld':
      'This record is not held on this computer: only the team’s copy of it can be deleted, for the whole team, and this cannot be undone.',
    'team.conflicts.deleted': 'Deleted for the whole team: {title}.',
    'team.conflicts.notResolved.changed-meanwhile': 'The record changed meanwhile: look at the conflict again.',
    'team.conflicts.notResolved.resolved-already': 'Someone else already resolved this conflict.',
    'team.changes.title': 'Recent changes in the team',
    'team.changes.none': 'Not sent to the team yet.',
    'team.changes.changedBy': 'Changed by {who}, {when}',
    'team.changes.deletedBy': 'Deleted by {who}, {when}',
    'team.changes.unknownEarlier': 'Earlier changes made on other computers are not kept here.',
    'team.conflicts.title': 'Conflicts',
    'team.held.title': 'Put back elsewhere, waiting here',
    'team.held.intro':
      'A teammate put these records back, but they point at records deleted on this laptop. They are not shown in Trama here until those records come back; the team’s server keeps them meanwhile.',
    'team.held.item': '{record}, put back by {member} on {date}, waits for: {what}.',
    'team.conflicts.none': 'No conflicts: every record is the same for the whole team.',
    'team.conflicts.intro':
      'These records were changed on two computers before either saw the other’s change. The whole team sees the version marked as shown; nothing of the other is lost until you choose.',
  },
  {
    'team.title': 'Squadra',
    'team.intro':
      'Lavorate su un’unica rete con la vostra squadra: le modifiche fatte qui vengono inviate al server della squadra e quelle degli altri arrivano qui. Si può continuare a lavorare offline; le modifiche partono quando il server torna raggiungibile.',
    'team.server': 'Indirizzo del server',
    'team.serverHint': 'Ad esempio https://trama.example.org (http semplice solo per questo computer).',
    'team.name': 'Squadra',
    'team.nameHint': 'Il nome che il coordinamento ha dato alla squadra, ad esempio psychcare.',
    'team.userName': 'Nome utente',
    'team.password': 'Password',
    'team.passwordStored.desktop': 'La password è conservata nel portachiavi di questo computer.',
    'team.passwordStored.web': 'Nel browser la password è conservata solo finché non lo si chiude.',
    'team.join': 'Unisciti alla squadra',
    'team.joining': 'Verifica del server…',
    'team.joined': 'Vi siete uniti alla squadra {team} come {userName}.',
    'team.member': 'Squadra {team} su {server}, come {userName}.',
    'team.leave': 'Lascia la squadra…',
    'team.leaveTitle': 'Lasciare la squadra {team}?',
    'team.leaveBody':
      'I dati su questo computer restano qui e sul server non viene eliminato nulla. Le modifiche fatte qui d’ora in poi non vengono più inviate. {count, plural, =0 {} one {# modifica fatta qui non ha ancora raggiunto il server: non verrà inviata.} other {# modifiche fatte qui non hanno ancora raggiunto il server: non verranno inviate.}}',
    'team.left': 'Avete lasciato la squadra. I dati restano su questo computer.',
    'team.signInAgain': 'Inserite di nuovo la password per continuare a lavorare con la squadra.',
    'team.signIn': 'Accedi',
    'team.problem.invalid-address':
      'Questo non è un indirizzo di server utilizzabile: scrivetelo come https:// seguito dal nome del server, ad esempio https://trama.example.org (http semplice solo per localhost o 127.0.0.1), senza nient’altro dopo.',
    'team.problem.needs-https':
      'Con http semplice la password e i dati della squadra attraverserebbero la rete leggibili: usate un indirizzo https:// (http semplice solo per localhost o 127.0.0.1).',
    'team.problem.invalid-user-name':
      'Un nome utente ha da 1 a 64 lettere, cifre e . _ @ + -, e inizia con una lettera o una cifra.',
    'team.problem.invalid-team': 'Il nome di una squadra ha da 1 a 50 lettere minuscole, cifre e trattini.',
    'team.problem.unreachable':
      'Il server non risponde. Controllate l’indirizzo e la connessione, o chiedete al coordinamento se il server è attivo e accetta Trama.',
    'team.problem.wrong-password': 'Il nome utente o la password non sono corretti.',
    'team.problem.not-member':
      'Non risultate membri della squadra {team} su questo server. Chiedete al coordinamento di aggiungervi.',
    'team.problem.no-team': 'Su questo server non esiste la squadra {team}. Controllate il nome della squadra.',
    'team.problem.not-couchdb':
      'Il server a questo indirizzo non risponde come un server di squadra (CouchDB). Controllate l’indirizzo.',
    'team.problem.password-not-kept':
      'Non è stato possibile conservare la password su questo computer. Riprovate; se succede di nuovo, riavviate Trama.',
    'team.preview.intro':
      'Questo computer contiene già dei dati. Prima di inviare qualsiasi cosa, ecco che cosa comporta unirsi alla squadra {team}.',
    'team.preview.caption': 'Che cosa viene inviato e ricevuto unendosi',
    'team.preview.table': 'Dati',
    'team.preview.arriving': 'Arrivano dalla squadra',
    'team.preview.sending': 'Inviati alla squadra',
    'team.preview.same': 'Già uguali su entrambi',
    'team.preview.differing': 'Su entrambi, diversi',
    'team.preview.differingNote':
      'I dati presenti su entrambi e diversi non vengono sovrascritti: dopo l’adesione compaiono tra i Conflitti, dove scegliete che cosa tenere.',
    'team.preview.sample':
      'Questo computer contiene la rete di esempio. Eliminatela prima (dal riquadro sopra la pagina), altrimenti i suoi dati fittizi verrebbero inviati alla squadra.',
    'team.preview.confirm': 'Unisciti e invia',
    'team.status.label': 'Sincronizzazione della squadra',
    'team.status.open': 'Sincronizzazione della squadra: apri le impostazioni della squadra',
    'team.status.stopped': 'Sincronizzazione ferma',
    'team.status.connecting': 'Connessione alla squadra…',
    'team.status.synced': 'Sincronizzato',
    'team.status.receiving': 'Ricezione della rete della squadra: {received, number} di {total, number} record…',
    'team.status.receivingCount':
      '{count, plural, one {Ricezione della rete della squadra: # record finora…} other {Ricezione della rete della squadra: # record finora…}}',
    'team.status.progress': 'Parte della rete della squadra ricevuta finora',
    'team.status.sending': '{count, plural, one {Invio di # modifica…} other {Invio di # modifiche…}}',
    'team.status.offline':
      '{count, plural, =0 {Offline da {since}} one {Offline da {since}: # modifica in attesa} other {Offline da {since}: # modifiche in attesa}}',
    'team.status.error.unauthorized': 'Sincronizzazione ferma: il server non accetta più la vostra password.',
    'team.status.error.forbidden':
      'Sincronizzazione ferma: il server ha rifiutato una modifica o non siete più membri della squadra.',
    'team.status.error.not-found': 'Sincronizzazione ferma: il database della squadra non è più sul server.',
    'team.status.error.local':
      'Sincronizzazione ferma: non è stato possibile scrivere una modifica su questo computer.',
    'team.status.error.other': 'Sincronizzazione ferma per un errore inatteso.',
    'team.leaveConfirm': 'Lascia la squadra',
    'team.conflicts.empty': '(vuoto)',
    'team.conflicts.recordTitle': '{table}: {name}',
    'team.conflicts.field': 'Campo',
    'team.conflicts.shown': 'Mostrata alla squadra',
    'team.conflicts.other': 'Altra versione',
    'team.conflicts.changedBy': 'di {who}, {when}',
    'team.conflicts.unknownMember': 'membro sconosciuto',
    'team.conflicts.keepBoth': 'Tieni entrambi',
    'team.conflicts.chooseValue': '{field}: versione {version}',
    'team.conflicts.keepBothOf': '{field}: tieni entrambi',
    'team.conflicts.saveChoices': 'Tieni i valori scelti per {title}',
    'team.conflicts.keepOther': 'Tieni per intero la versione di {who}',
    'team.conflicts.resolved': 'Conflitto risolto: ora tutta la squadra vede la versione scelta.',
    'team.conflicts.resolvedLessened':
      'Conflitto risolto: ora tutta la squadra vede la versione scelta, senza i dati eliminati nel frattempo a cui rimandava: {fields}.',
    'team.conflicts.notResolved.invalid': 'Con queste scelte il dato non è valido: {problems} Scegliete diversamente.',
    'team.conflicts.notResolved.missing-references':
      'Il dato rimanderebbe a dati eliminati nel frattempo: {fields}. Scegliete una versione senza di essi, oppure eliminate il dato.',
    'team.conflicts.problem.field': '{field}: {reason}',
    'team.conflicts.problem.checkValue': 'controllate questo valore (un testo unito può essere troppo lungo).',
    'team.conflicts.problem.cannotKeepBoth': '{field}: i suoi valori non si possono tenere insieme.',
    'team.conflicts.problem.notShown': 'Una scelta non corrisponde più alle versioni mostrate.',
    'team.conflicts.problem.deletedTarget': '{field} ({table})',
    'team.conflicts.unshown':
      '{count, plural, one {# altra versione di questo dato non è mostrata} other {# altre versioni di questo dato non sono mostrate}}: qualunque cosa teniate, sostituisce anche queste.',
    'team.conflicts.setAside':
      '{count, plural, one {# versione di questo dato non è valida ed è stata messa da parte} other {# versioni di questo dato non sono valide e sono state messe da parte}}: qualunque cosa teniate, sostituisce anche queste.',
    'team.conflicts.deletedBy':
      'Eliminato da {who}, {when}, su un altro computer, mentre la versione mostrata veniva modificata: l’eliminazione non ha avuto effetto.',
    'team.conflicts.keepChanged': 'Tieni {title} come modificato',
    'team.conflicts.delete': 'Elimina {title}',
    'team.conflicts.otherNumbered': 'Altra versione {number}',
    'team.conflicts.keepOtherNumbered': 'Tieni per intero l’altra versione {number}, di {who}',
    'team.conflicts.deleteTitle': 'Eliminare {title}?',
    'team.conflicts.deleteUndoHint': 'L’eliminazione vale per tutta la squadra. Potrete annullarla subito dopo.',
    'team.conflicts.deleteNotHeld':
      'Questo dato non è presente su questo computer: si può eliminare solo la copia della squadra, per tutta la squadra, e non si potrà annullare.',
    'team.conflicts.deleted': 'Eliminazione fatta per tutta la squadra: {title}.',
    'team.conflicts.notResolved.changed-meanwhile': 'Il dato è cambiato nel frattempo: guardate di nuovo il conflitto.',
    'team.conflicts.notResolved.resolved-already': 'Qualcun altro ha già risolto questo conflitto.',
    'team.changes.title': 'Modifiche recenti nella squadra',
    'team.changes.none': 'Non ancora inviato alla squadra.',
    'team.changes.changedBy': 'Modificato da {who}, {when}',
    'team.changes.deletedBy': 'Eliminato da {who}, {when}',
    'team.changes.unknownEarlier': 'Le modifiche precedenti fatte su altri computer non sono conservate qui.',
    'team.conflicts.title': 'Conflitti',
    'team.held.title': 'Ripristinati altrove, in attesa qui',
    'team.held.intro':
      'Un membro del gruppo ha ripristinato queste schede, ma puntano a schede eliminate su questo computer. Qui non compaiono in Trama finché quelle schede non tornano; intanto il server del gruppo le conserva.',
    'team.held.item': '{record} — ripristino di {member} del {date}; in attesa di: {what}.',
    'team.conflicts.none': 'Nessun conflitto: ogni dato è uguale per tutta la squadra.',
    'team.conflicts.intro':
      'Questi dati sono stati modificati su due computer prima che l’uno vedesse la modifica dell’altro. Tutta la squadra vede la versione indicata come mostrata; nulla dell’altra va perso finché non scegliete.',
  },
);
