import { defineCatalogue } from '../i18n/catalogue';

// The page shown when a page fails to render or an address cannot be read.
export const errorBoundaryMessages = defineCatalogue(
  {
    'errorBoundary.render.title': 'This page could not be shown',
    'errorBoundary.render.text':
      'Something went wrong in Trama while showing this page. An error in showing a page does not change your data. Go back, reload, or copy the details and send them to whoever supports Trama in your organisation.',
    'errorBoundary.address.title': 'This address cannot be opened',
    'errorBoundary.address.undecodable':
      'The address is damaged: it may have been cut short or changed when it was copied.',
    'errorBoundary.address.unknown-section': 'The address names a part of Trama that does not exist.',
    'errorBoundary.address.bad-id':
      'The address names a record that cannot exist: its identifier is too long or holds invisible characters.',
    'errorBoundary.address.no-record-page':
      'The address names a single record, but this part of Trama has no page for single records.',
    'errorBoundary.address.label': 'Address:',
    'errorBoundary.detailsNote':
      'Copy details puts the address of the page, the technical error and the version of Trama on the clipboard; what was typed in a search is replaced by its length. Read them before sending them on.',
    'errorBoundary.reload': 'Reload',
    'errorBoundary.copyDetails': 'Copy details',
    'errorBoundary.copied': 'Details copied.',
    'errorBoundary.copyRefused':
      'The system did not allow copying. The details are selected below: press Ctrl+C (⌘C on a Mac) to copy them.',
    'errorBoundary.details': 'Error details',
  },
  {
    'errorBoundary.render.title': 'Non è stato possibile mostrare questa pagina',
    'errorBoundary.render.text':
      'Si è verificato un errore in Trama durante la visualizzazione di questa pagina. Un errore di visualizzazione non modifica i dati. Tornate indietro, ricaricate la pagina oppure copiate i dettagli e inviateli a chi si occupa di Trama nella vostra organizzazione.',
    'errorBoundary.address.title': 'Questo indirizzo non può essere aperto',
    'errorBoundary.address.undecodable':
      'L’indirizzo è danneggiato: potrebbe essere stato troncato o modificato durante la copia.',
    'errorBoundary.address.unknown-section': 'L’indirizzo indica una sezione di Trama che non esiste.',
    'errorBoundary.address.bad-id':
      'L’indirizzo indica un elemento che non può esistere: il suo identificativo è troppo lungo o contiene caratteri invisibili.',
    'errorBoundary.address.no-record-page':
      'L’indirizzo indica un singolo elemento, ma questa sezione di Trama non ha pagine per singoli elementi.',
    'errorBoundary.address.label': 'Indirizzo:',
    'errorBoundary.detailsNote':
      '«Copia i dettagli» copia negli appunti l’indirizzo della pagina, l’errore tecnico e la versione di Trama; quanto digitato in una ricerca è sostituito dalla sua lunghezza. Leggeteli prima di inoltrarli.',
    'errorBoundary.reload': 'Ricarica',
    'errorBoundary.copyDetails': 'Copia i dettagli',
    'errorBoundary.copied': 'Dettagli copiati.',
    'errorBoundary.copyRefused':
      'Il sistema non ha consentito la copia. I dettagli sono selezionati qui sotto: premete Ctrl+C (⌘C su Mac) per copiarli.',
    'errorBoundary.details': 'Dettagli dell’errore',
  },
);
