import type { ActionKind, ActionStatus, AgreementKind, AgreementStatus, PartyRole } from '../domain/enums';

// Agreements and advocacy actions of the sample. Dates are offsets in days from the day
// the sample is loaded, so "expiring soon" and "overdue" stay true whenever it is loaded.

export interface SampleAgreementSpec {
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  parties: ReadonlyArray<readonly [key: string, role: PartyRole]>;
  signedOffset: number | null;
  expiresOffset: number | null;
  documentRef: string;
}

export const SAMPLE_AGREEMENTS: readonly SampleAgreementSpec[] = [
  {
    title: 'Protocollo operativo per la presa in carico psicologica degli ospiti SAI – Roma',
    kind: 'operational-protocol', status: 'in-force', signedOffset: -700, expiresOffset: 45, documentRef: 'Prot. 2024/118',
    parties: [['laz-asl-rm1', 'promoter'], ['laz-dsm-rm1', 'signatory'], ['laz-pref-rm', 'signatory'], ['laz-sai-rm', 'adherent']],
  },
  {
    title: 'Convenzione per la mediazione culturale nei servizi di salute mentale – Milano',
    kind: 'convention', status: 'in-force', signedOffset: -400, expiresOffset: 330, documentRef: 'Conv. ATS-MI 57',
    parties: [['lom-ats-mi', 'promoter'], ['lom-com-mi', 'signatory'], ['lom-med', 'signatory']],
  },
  {
    title: 'Protocollo d\'intesa regionale salute mentale e accoglienza – Campania',
    kind: 'memorandum-of-understanding', status: 'in-force', signedOffset: -250, expiresOffset: 480, documentRef: 'DGR Campania 311',
    parties: [['cam-regione', 'promoter'], ['cam-asl-na1', 'signatory'], ['cam-pref-na', 'signatory'], ['cam-ngo-1', 'adherent']],
  },
  {
    title: 'Accordo di rete AMIF Basilicata per i servizi sanitari ai migranti',
    kind: 'programme-agreement', status: 'in-force', signedOffset: -190, expiresOffset: 540, documentRef: 'AMIF-BAS-2025-03',
    parties: [['bas-regione', 'promoter'], ['bas-asp', 'signatory'], ['bas-asm', 'signatory'], ['bas-pref-pz', 'signatory'], ['bas-pref-mt', 'adherent'], ['bas-sai-pz', 'adherent']],
  },
  {
    title: 'Lettera d\'intenti per un referente sanitario nei CAS della provincia di Palermo',
    kind: 'letter-of-intent', status: 'negotiation', signedOffset: null, expiresOffset: null, documentRef: '',
    parties: [['sic-asp-pa', 'promoter'], ['sic-pref-pa', 'signatory']],
  },
  {
    title: 'Accordo per lo scambio di dati epidemiologici in forma aggregata',
    kind: 'data-sharing', status: 'drafting', signedOffset: null, expiresOffset: null, documentRef: '',
    parties: [['nat-inmp', 'promoter'], ['cam-asl-na1', 'signatory'], ['laz-asl-rm1', 'signatory']],
  },
  {
    title: 'Convenzione ASL Latina – CAS "La Bussola" per lo sportello psicologico',
    kind: 'convention', status: 'expired', signedOffset: -760, expiresOffset: -30, documentRef: 'Conv. 2023/44',
    parties: [['laz-asl-lt', 'promoter'], ['laz-cas-lt', 'signatory']],
  },
  {
    title: 'Programma nazionale di formazione sulle linee guida per la salute mentale dei rifugiati',
    kind: 'programme-agreement', status: 'idea', signedOffset: null, expiresOffset: null, documentRef: '',
    parties: [['nat-salute', 'promoter'], ['nat-iss', 'signatory'], ['nat-sip', 'adherent']],
  },
  {
    title: 'Protocollo per gli invii dal CAS "Orobie" al DSMD di Bergamo',
    kind: 'operational-protocol', status: 'signed', signedOffset: -20, expiresOffset: 710, documentRef: 'Prot. BG 9/2026',
    parties: [['lom-dsm-bg', 'promoter'], ['lom-cas-bg', 'signatory'], ['lom-pref-bg', 'adherent']],
  },
];

export interface SampleFollowUpSpec {
  text: string;
  dueOffset: number;
  doneOffset: number | null;
}

export interface SampleActionSpec {
  title: string;
  kind: ActionKind;
  dayOffset: number;
  status: ActionStatus;
  targets: readonly string[];
  objective: string;
  outcome: string;
  followUps: readonly SampleFollowUpSpec[];
}

const due = (text: string, dueOffset: number, doneOffset: number | null = null): SampleFollowUpSpec => ({ text, dueOffset, doneOffset });

/** The planned Campania network meeting, the starting point of a briefing pack. */
export const SAMPLE_CAMPANIA_MEETING_TITLE = 'Tavolo regionale Campania – rete salute mentale e accoglienza';

export const SAMPLE_ACTIONS: readonly SampleActionSpec[] = [
  { title: 'Incontro con il DSM Roma 1 sul percorso di presa in carico', kind: 'bilateral-meeting', dayOffset: -210, status: 'done', targets: ['laz-dsm-rm1', 'laz-asl-rm1'], objective: 'Definire un referente unico per i centri di accoglienza.', outcome: 'Disponibilità a nominare un referente per i SAI di Roma.', followUps: [due('Inviare la bozza di protocollo operativo', -180, -185)] },
  { title: 'Tavolo regionale Lazio su salute mentale e accoglienza', kind: 'network-meeting', dayOffset: -120, status: 'done', targets: ['laz-regione', 'laz-asl-rm1', 'laz-asl-lt', 'laz-pref-rm', 'laz-pref-lt', 'laz-sai-rm', 'laz-ngo-1'], objective: 'Condividere le linee guida PsychCare con la rete regionale.', outcome: 'Concordata una mappatura dei percorsi di invio.', followUps: [due('Condividere la mappa dei percorsi con la Regione', -20)] },
  { title: 'Formazione per gli operatori dei CAS di Latina', kind: 'training', dayOffset: -60, status: 'done', targets: ['laz-cas-lt', 'laz-dsm-lt', 'laz-ngo-2'], objective: 'Riconoscere i segnali di disagio psicologico.', outcome: '32 operatori formati.', followUps: [due('Raccogliere i questionari di valutazione', -45, -40)] },
  { title: 'Lettera alla Regione Lazio sull\'adozione delle linee guida', kind: 'letter-or-position-paper', dayOffset: -30, status: 'done', targets: ['laz-regione'], objective: 'Chiedere un atto di recepimento regionale.', outcome: 'Lettera protocollata.', followUps: [due('Sollecitare una risposta della Direzione Salute', -5)] },
  { title: 'Visita al CAS "Colle Aperto"', kind: 'site-visit', dayOffset: 10, status: 'planned', targets: ['laz-cas-fr', 'laz-asl-fr'], objective: 'Conoscere il centro e i servizi sanitari di riferimento.', outcome: '', followUps: [due('Preparare la scheda del centro', 7)] },
  { title: 'Incontro con ATS Milano sul servizio di etnopsichiatria', kind: 'bilateral-meeting', dayOffset: -240, status: 'done', targets: ['lom-ats-mi', 'lom-etno'], objective: 'Estendere l\'accesso al servizio agli ospiti dei CAS.', outcome: 'Accesso diretto per i CAS di Milano in via sperimentale.', followUps: [] },
  { title: 'Workshop sulle linee guida con i CAS di Bergamo', kind: 'workshop', dayOffset: -150, status: 'done', targets: ['lom-cas-bg', 'lom-dsm-bg', 'lom-ats-bg', 'lom-pref-bg'], objective: 'Costruire un percorso di invio condiviso.', outcome: 'Bozza di protocollo di invio.', followUps: [due('Attivare lo sportello psicologico al CAS "Orobie"', -60)] },
  { title: 'Consultazione della DG Welfare sul piano regionale salute mentale', kind: 'consultation', dayOffset: -90, status: 'done', targets: ['lom-regione'], objective: 'Inserire la salute dei rifugiati nel piano regionale.', outcome: 'Contributo accolto in parte.', followUps: [due('Inviare il contributo scritto', -75, -76)] },
  { title: 'Telefonata con la Prefettura di Brescia', kind: 'call-or-email', dayOffset: -14, status: 'done', targets: ['lom-pref-bs'], objective: 'Presentare il programma.', outcome: 'Interesse per un incontro con ATS Brescia.', followUps: [due('Fissare un incontro con ATS Brescia', 14)] },
  { title: 'Tavolo di rete Milano: accoglienza e servizi sanitari', kind: 'network-meeting', dayOffset: 40, status: 'planned', targets: ['lom-com-mi', 'lom-ats-mi', 'lom-pref-mi', 'lom-sai-mi', 'lom-cas-mi', 'lom-ngo-1', 'lom-med'], objective: 'Verificare il primo anno della convenzione sulla mediazione.', outcome: '', followUps: [] },
  { title: 'Convegno "Salute mentale e migrazione"', kind: 'event', dayOffset: -300, status: 'done', targets: ['lom-univ', 'lom-ordine', 'nat-sip'], objective: 'Presentare le linee guida alla comunità professionale.', outcome: '180 partecipanti.', followUps: [] },
  { title: 'Incontro con ASL Napoli 1 Centro', kind: 'bilateral-meeting', dayOffset: -200, status: 'done', targets: ['cam-asl-na1', 'cam-dsm-na1'], objective: 'Nominare referenti sanitari per i CAS.', outcome: 'Referenti nominati in due distretti.', followUps: [due('Nominare i referenti nei CAS', -150, -140)] },
  { title: 'Formazione congiunta DSM Caserta e CAS "Domitiana"', kind: 'training', dayOffset: -100, status: 'done', targets: ['cam-dsm-ce', 'cam-cas-ce', 'cam-med'], objective: 'Formare insieme operatori sanitari e dell\'accoglienza.', outcome: 'Primo modulo svolto.', followUps: [due('Calendarizzare il secondo modulo', -10)] },
  { title: 'Lettera aperta sulla presa in carico dei minori non accompagnati', kind: 'letter-or-position-paper', dayOffset: -45, status: 'done', targets: ['cam-regione', 'cam-com-na'], objective: 'Segnalare i tempi di attesa per i minori.', outcome: 'Risposta del Comune di Napoli.', followUps: [] },
  { title: SAMPLE_CAMPANIA_MEETING_TITLE, kind: 'network-meeting', dayOffset: 14, status: 'planned', targets: ['cam-regione', 'cam-asl-na1', 'cam-dsm-na1', 'cam-pref-na', 'cam-pref-ce', 'cam-sai-na', 'cam-cas-ce', 'cam-ngo-1', 'cam-med'], objective: 'Fare il punto sul protocollo d\'intesa e sui percorsi di invio.', outcome: '', followUps: [due('Preparare il dossier per il tavolo', 7)] },
  { title: 'Visita al CAS "Piana del Sele"', kind: 'site-visit', dayOffset: -20, status: 'done', targets: ['cam-cas-sa', 'cam-asl-sa'], objective: 'Rilevare i bisogni sanitari degli ospiti.', outcome: 'Nessun accesso stabile al CSM di zona.', followUps: [due('Segnalare all\'ASL Salerno i bisogni rilevati', -3)] },
  { title: 'Videochiamata con la Prefettura di Caserta', kind: 'call-or-email', dayOffset: -7, status: 'cancelled', targets: ['cam-pref-ce'], objective: 'Presentare il tavolo regionale.', outcome: '', followUps: [] },
  { title: 'Incontro con la Prefettura di Agrigento sull\'hotspot', kind: 'bilateral-meeting', dayOffset: -170, status: 'done', targets: ['sic-pref-ag', 'sic-hotspot'], objective: 'Capire chi segue la salute mentale all\'arrivo.', outcome: 'Nessun referente sanitario stabile per l\'hotspot.', followUps: [due('Proporre un contatto con ASP Agrigento', -120)] },
  { title: 'Workshop con le cooperative dei CAS di Ragusa', kind: 'workshop', dayOffset: -80, status: 'done', targets: ['sic-cas-rg', 'sic-ngo-2', 'sic-pref-rg'], objective: 'Presentare le linee guida agli enti gestori.', outcome: 'Richiesta di formazione.', followUps: [] },
  { title: 'Lettera all\'Assessorato della Salute della Regione Siciliana', kind: 'letter-or-position-paper', dayOffset: -25, status: 'done', targets: ['sic-regione'], objective: 'Chiedere un tavolo regionale.', outcome: 'In attesa di risposta.', followUps: [due('Chiedere un incontro all\'Assessorato', 5)] },
  { title: 'Tavolo regionale Sicilia', kind: 'network-meeting', dayOffset: 55, status: 'planned', targets: ['sic-regione', 'sic-asp-pa', 'sic-asp-ag', 'sic-pref-pa', 'sic-pref-ag', 'sic-cas-ag', 'sic-sai-pa'], objective: 'Collegare i centri di accoglienza ai servizi di salute mentale.', outcome: '', followUps: [] },
  { title: 'Consultazione con il DSM Catania', kind: 'consultation', dayOffset: -50, status: 'done', targets: ['sic-dsm-ct', 'sic-asp-ct'], objective: 'Raccogliere dati sugli accessi dei migranti.', outcome: 'Dati parziali forniti.', followUps: [] },
  { title: 'Avvio della rete AMIF Basilicata', kind: 'network-meeting', dayOffset: -260, status: 'done', targets: ['bas-regione', 'bas-asp', 'bas-asm', 'bas-pref-pz', 'bas-pref-mt', 'bas-sai-pz'], objective: 'Avviare la rete regionale dei servizi.', outcome: 'Impegno a firmare un accordo di rete.', followUps: [due('Firmare l\'accordo di rete', -200, -190)] },
  { title: 'Formazione dei mediatori culturali – Matera', kind: 'training', dayOffset: -130, status: 'done', targets: ['bas-med', 'bas-dsm-mt', 'bas-cas-mt'], objective: 'Formare i mediatori all\'accompagnamento ai servizi.', outcome: '14 mediatori formati.', followUps: [] },
  { title: 'Visita a Palazzo San Gervasio (lavoratori stagionali)', kind: 'site-visit', dayOffset: -40, status: 'done', targets: ['bas-com-psg', 'bas-asp'], objective: 'Valutare l\'accesso alle cure dei braccianti.', outcome: 'Necessità di un ambulatorio mobile.', followUps: [due('Organizzare un ambulatorio mobile con ASP Basilicata', -15)] },
  { title: 'Incontro con ASM Matera', kind: 'bilateral-meeting', dayOffset: 20, status: 'planned', targets: ['bas-asm', 'bas-dsm-mt'], objective: 'Estendere l\'accordo di rete al DSM di Matera.', outcome: '', followUps: [] },
  { title: 'Audizione presso il Ministero della Salute', kind: 'consultation', dayOffset: -160, status: 'done', targets: ['nat-salute', 'nat-inmp'], objective: 'Presentare i risultati di PsychCare.', outcome: 'Interesse per un programma nazionale di formazione.', followUps: [] },
  { title: 'Documento per la Conferenza delle Regioni', kind: 'letter-or-position-paper', dayOffset: -110, status: 'done', targets: ['nat-conf', 'nat-salute'], objective: 'Portare le linee guida in Conferenza.', outcome: 'Documento trasmesso.', followUps: [due('Verificare l\'inserimento all\'ordine del giorno', -30)] },
  { title: 'Incontro con la Società Italiana di Psichiatria', kind: 'bilateral-meeting', dayOffset: -70, status: 'done', targets: ['nat-sip', 'nat-simm'], objective: 'Ottenere il patrocinio delle linee guida.', outcome: 'Patrocinio concesso.', followUps: [due('Organizzare una sessione al congresso nazionale', 60)] },
  { title: 'Scambio con la DG HOME sul rinnovo AMIF', kind: 'call-or-email', dayOffset: -35, status: 'done', targets: ['eu-home', 'nat-amif'], objective: 'Chiarire le priorità del prossimo bando.', outcome: 'La salute mentale resta tra le priorità.', followUps: [] },
  { title: 'Webinar EUAA sulla vulnerabilità psicologica', kind: 'event', dayOffset: 30, status: 'planned', targets: ['eu-euaa', 'int-unhcr'], objective: 'Presentare l\'esperienza italiana.', outcome: '', followUps: [] },
];
