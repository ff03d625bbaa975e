## noun
noun-person = la persona
noun-interaction = l'interazione
noun-exchange = lo scambio
noun-follow-up = il follow-up
noun-event = l'evento
noun-milestone = il traguardo
noun-community = la community
noun-introduction = la presentazione
noun-token = la chiave
noun-user = l'utente
noun-account = l'account
noun-profile = il tuo profilo nella community

## error
error-not_an_action = non è un'azione dell'agenda
error-not_theirs = non riguarda questa persona
error-bad_file = { $file }, riga { $line }: { $message }
error-thank_given = Lo scambio { $id } è qualcosa che hai dato tu: si ringrazia per ciò che si riceve
error-not_found = Non trovo { $what } { $key }
error-ambiguous = '{ $key }' può indicare più persone; scegline una per id: { $list }
error-ambiguous_event = '{ $key }' può indicare più eventi; scegline uno per id: { $list }
error-invalid = { $field }: { $message }
error-email_taken = Esiste già un account con questo indirizzo e-mail.
error-unauthenticated = Accedi per continuare.
error-bad_credentials = L'indirizzo e-mail o la password non sono corretti.
error-forbidden = Questa chiave non consente l'operazione.
error-rate_limited = Troppi tentativi. Riprova tra { $minutes } min.
error-registration_closed = Su questo server la registrazione è chiusa; chiedi un invito a chi lo organizza.
error-busy = Il database è occupato da un'altra modifica; non è stato salvato nulla, riprova tra poco.
error-read_only = Il database è in sola lettura; non è stato salvato nulla.
error-internal = Qualcosa non ha funzionato da parte nostra; non è stato salvato nulla.
error-bad_date = { $field }: '{ $value }' non è una data; scrivi AAAA-MM-GG, oggi, ieri, domani, oppure uno scarto come +3g, -2s, +1m
error-date_happened_late = { $field }: { $value } è nel futuro; un contatto, un incontro o uno scambio si può datare al più tardi a domani ({ $bound })
error-date_too_early = { $field }: { $value } è anteriore al { $bound }; rete tiene date dal 1900 in poi
error-date_planned_late = { $field }: { $value } è oltre 10 anni da oggi; la data più lontana ammessa è il { $bound }
error-date_snooze_past = { $field }: { $value } è nel passato; un follow-up si può rimandare a oggi ({ $bound }) o a una data successiva
error-date_thank_early = { $field }: { $value } è precedente allo scambio stesso ({ $bound })

## password
password-too_short = usa almeno { $min } caratteri
password-too_long = usa al massimo { $max } caratteri
password-too_common = questa password è tra le più usate; scegline un'altra
password-like_email = la password non può essere il tuo indirizzo e-mail

## field
field-email_invalid = scrivi un indirizzo e-mail come nome@esempio.it
field-required = campo obbligatorio
field-too_long = al massimo { $max } caratteri
field-between = tra { $min } e { $max }

## quiz
quiz-answers_count = rispondi sì o no a ciascuna delle { $expected } domande (risposte date: { $got })

## grow
grow-me = Io
grow-invitation_invalid = Questo invito non esiste, è scaduto o è già stato usato: chiedine uno nuovo a chi organizza.
grow-organiser_stays = Organizzi tu questa community, quindi non puoi uscirne.
grow-no_profile = Non hai ancora un profilo in { $name }: scrivi prima che cosa offri e che cosa cerchi.
grow-you_opted_out = Hai scelto di non partecipare agli abbinamenti in questa community; riattivali per vedere i tuoi abbinamenti.
grow-bad_webhook = '{ $url }' non è un indirizzo http(s)
grow-too_many = al massimo { $max } frasi
grow-check-no_offers = Non offri ancora nulla: aggiungi due o tre servizi, competenze o contatti specifici.
grow-check-few_offers = Una sola offerta è poco: aggiungine un'altra, specifica (che cosa, per chi).
grow-check-no_seeks = Non cerchi nulla, quindi nessuno può darti qualcosa: di' che cosa stai cercando.
grow-check-empty_phrase = '{ $phrase }' non dice nulla che l'abbinamento possa leggere: usa parole concrete.
grow-check-generic = '{ $phrase }' è troppo generico (lo usa il { $percent }% della community): di' che cosa, per chi, in quale campo, per esempio 'consulenza GDPR per studi medici'.
grow-check-no_interests = Nessun interesse per ora: quelli in comune aprono le conversazioni.

## imports
imports-unknown_kind = '{ $kind }' non è un tipo di file che rete importa; usa linkedin, vcard, google o outlook
imports-unrecognised = { $file } non è nessuno dei file che rete importa: ha cercato un vCard, un'esportazione dei collegamenti LinkedIn, un CSV di Google o di Outlook
imports-backup = { $file } è un backup di rete, non una rubrica: ripristinalo dal backup dell'account
imports-bad_region = '{ $region }' non è un codice di paese; usa due lettere, per esempio IT o GB
imports-empty = { $file } è vuoto

## pairing
pairing-too_few = { $name }: meno di due membri che hanno aderito
pairing-offers = offre
pairing-seeks = cerca
pairing-subject = [{ $community }] In questo giro incontri: { $names }
pairing-hello = Ciao { $names },
pairing-intro = gli abbinamenti di { $community } vi mettono insieme in questo giro. Trovate mezz'ora per un caffè o una chiamata entro il { $by }.
pairing-why = Perché voi:
pairing-bye = Buona conversazione, e ricordate: dare prima di chiedere.

## plan
plan-you = tu
plan-or = {" "}o{" "}
plan-bad_tables = tables: indica una misura o due consecutive, ciascuna di almeno 3 (per esempio 4,5)
plan-no_mix = tables: { $people } persone non possono sedersi tutte a tavoli da { $sizes }
plan-nobody = { $name }: meno di due partecipanti; aggiungi le persone che hai incontrato lì o invita dei membri

## debrief
debrief-note = incontro all'evento { $name }
debrief-thank = Ringrazia { $name } per la conversazione all'evento { $event }
debrief-one_to_one = Proponi un one-to-one a { $name } (incontro all'evento { $event })

## suggest
suggest-topics = su quello che cerchi: { $topics }
suggest-matches = { $count ->
        [one] ci sarà uno dei tuoi migliori abbinamenti: { $names }
       *[other] ci saranno { $count } dei tuoi migliori abbinamenti: { $names }
    }
suggest-nothing = nulla lo lega ancora a te

## intro
intro-you = tu
intro-self = chi ti presenta deve essere una persona diversa da chi vuoi conoscere
intro-already = la presentazione #{ $id } è già { $status }
intro-ledger_note = ti ha presentato { $name }
intro-followup = Scrivi a { $name } (presentazione di { $via })
intro-status-asked = chiesta
intro-status-made = fatta
intro-status-declined = rifiutata

## calendar
calendar-followup = Un follow-up promesso a { $name }
calendar-followup_at = Un follow-up promesso a { $name } ({ $at })
calendar-birthday = Compleanno di { $name }

## auth
auth-invitation_invalid = questo invito non esiste, è scaduto o è già stato usato del tutto; chiedine uno nuovo a chi te l'ha mandato
auth-invitation_uses = un invito ammette da 1 a { $max } persone
auth-invitation_days = un invito vale da 1 a { $max } giorni

## settings
settings-bad_lang = scegli l'italiano o l'inglese
settings-bad_zone = { $zone } non è un fuso orario (per esempio Europe/Rome)
settings-bad_hour = un'ora da 0 a 23

## digest
digest-hello = Ciao { $name },
digest-intro = ecco che cosa fare oggi:
digest-nothing = Oggi non c'è niente da fare: è una buona giornata per conoscere qualcuno di nuovo.
digest-open = Apri Oggi in rete:
digest-why = Ricevi questa e-mail perché hai attivato il riepilogo quotidiano di rete. Per non riceverla più:
digest-subject = { $count ->
        [one] rete, { $date }: 1 cosa da fare
       *[other] rete, { $date }: { $count } cose da fare
    }

## person
person-same_name = { $name } è già nella tua rete: { $list }
imports-rejected-no_identity = senza nome, organizzazione, e-mail né telefono
imports-rejected-field_count = { $found ->
    [one] un campo
   *[other] { $found } campi
} dove l'intestazione ne ha { $expected }
imports-rejected-outside_card = testo fuori da qualsiasi scheda
imports-rejected-cut_short = scheda interrotta: manca END:VCARD
imports-rejected-unreadable = scheda vCard illeggibile
imports-format-vcard = un file vCard
imports-format-linkedin = un'esportazione dei collegamenti LinkedIn
imports-format-google = un'esportazione CSV di Google Contatti
imports-format-outlook = un'esportazione CSV dei contatti di Outlook
imports-format-other = un file { $format }
imports-file-invalid_text = { $file }: riga { $line }: il file non è testo { $encoding } valido
imports-file-not_format = { $file }: riga { $line }: non è { $what }: { $why }
imports-file-missing_columns = { $file }: riga { $line }: non è { $what }: manca un'intestazione con le colonne { $columns }
imports-file-csv = { $file }: riga { $line }: il CSV non si riesce a leggere ({ $message })
imports-not-pdf = è un documento PDF
imports-not-zip = è un archivio ZIP: estrai prima l'esportazione
imports-not-image = è un'immagine
imports-not-binary = contiene dati binari
imports-not-no_card = non c'è nessun BEGIN:VCARD
imports-not-not_a_card = cercavo BEGIN:VCARD e c'è '{ $found }'
event-invite_whom = indica i membri da invitare, oppure invitali tutti
event-opted_out = { $name } non partecipa alle attività della community
event-no_member = nessuno si chiama '{ $name }' in { $community }
event-ambiguous_member = più membri si chiamano '{ $name }'; usa l'id del membro
event-no_members = { $community }: nessun membro da invitare
