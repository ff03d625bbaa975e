## error
error-locked = un altro programma sta scrivendo in { $db } e non ha finito entro 10 secondi; nulla è stato modificato, riprova quando avrà finito
error-read_only = { $db } è in sola lettura (non si può scrivere nel file o nella sua cartella); nulla è stato modificato
error-bad_date = --{ $field }: '{ $value }' non è una data; scrivi AAAA-MM-GG, oggi, ieri, domani, oppure uno scarto da oggi come +3g, -2s, +1m (giorni, settimane, mesi)
error-date_happened_late = --{ $field }: { $value } è nel futuro; un contatto, un incontro o uno scambio si può datare al più tardi a domani ({ $bound })
error-date_too_early = --{ $field }: { $value } è anteriore al { $bound }; rete tiene date dal 1900 in poi
error-date_planned_late = --{ $field }: { $value } è oltre 10 anni da oggi; la data più lontana ammessa è il { $bound }
error-date_snooze_past = --{ $field }: { $value } è nel passato; un follow-up si può rimandare a oggi ({ $bound }) o a una data successiva
error-date_thank_early = --{ $field }: { $value } è precedente allo scambio stesso ({ $bound })
error-no_database = il database { $path } non esiste; crealo con `rete --db { $path } init`
error-not_found = { $what } { $id } inesistente
error-no_person = persona: nessuno si chiama '{ $name }'
error-ambiguous_person = persona: '{ $name }' può indicare più persone; scrivi un id, oppure il nome con l'azienda come nell'elenco: { $list }

## noun
noun-person = persona
noun-interaction = interazione
noun-exchange = scambio
noun-follow-up = follow-up
noun-event = evento
noun-milestone = traguardo
noun-database = database
noun-community = community
noun-introduction = presentazione

## init
init-ready = Database pronto: { $path }

## person
person-delete_confirm = Eliminare { $name } (#{ $id }) insieme a ciò che riguarda solo questa persona (interazioni solo con lei: { $interactions }, scambi: { $exchanges }, follow-up: { $followups }, traguardi: { $milestones })? Sul file SQLite, rete undo riporta tutto indietro. [s/N]{" "}
person-delete_needs_yes = eliminare { $name } (#{ $id }) rimuove anche ciò che riguarda solo questa persona; aggiungi --yes per confermare
person-deleted = Eliminata la scheda di { $name } (#{ $id }), con ciò che riguardava solo questa persona: interazioni { $interactions }, scambi { $exchanges }, follow-up { $followups }, traguardi { $milestones } (rete undo la riporta indietro)
person-kept = Nessuna eliminazione
person-updated = Aggiornato { $name } (#{ $id })
person-archived = Archiviato { $name } (#{ $id }): resta in rubrica, senza più promemoria
person-merged = Unito { $gone } (#{ $gone_id }) a { $name } (#{ $id })
person-balance = { $given ->
        [one] 1 dato
       *[other] { $given } dati
    }, { $received ->
        [one] 1 ricevuto
       *[other] { $received } ricevuti
    } (ultimi 12 mesi)
person-never = mai
person-recent = Interazioni recenti
person-count = { $count ->
        [one] 1 persona
       *[other] { $count } persone
    }
person-they_only_ask = a senso unico: ha chiesto { $asks ->
        [one] una volta
       *[other] { $asks } volte
    } quest'anno senza dare nulla
person-you_only_ask = a senso unico: hai chiesto { $asks ->
        [one] una volta
       *[other] { $asks } volte
    } quest'anno senza dare nulla

## field
field-id = id
field-name = nome
field-company = azienda
field-role = ruolo
field-department = reparto
field-city = città
field-given_name = nome di battesimo
field-family_name = cognome
field-nickname = soprannome
field-address = indirizzo
field-sector = settore
field-tier = cerchia
field-emails = e-mail
field-phones = telefoni
field-tags = etichette
field-birthday = compleanno
field-met = conosciuto
field-introduced_by = presentato da
field-links = link
field-notes = note
field-status = stato
field-balance = bilancio
field-last_contact = ultimo contatto
field-date = data
field-kind = tipo
field-topics = argomenti
field-direction = direzione
field-person = persona
field-amount = importo
field-thanked = ringraziato
field-due = scadenza
field-text = cosa
field-state = stato
field-place = luogo
field-attendees = partecipanti
field-strength = forza
field-signal = segnale

## tier
tier-inner = cerchia stretta
tier-close = vicini
tier-network = rete
tier-archived = archiviati

## status
status-active = attivo
status-red-flag = segnalato

## kind
kind-meeting = incontro
kind-call = telefonata
kind-message = messaggio
kind-one-to-one = one-to-one
kind-event = evento
kind-speed-date = speed date

## exchange
exchange-referral = referenza
exchange-introduction = presentazione
exchange-advice = consiglio
exchange-favour = favore
exchange-business = affare concluso

## direction
direction-given = dato
direction-received = ricevuto

## milestone
milestone-updated = Traguardo { $id } aggiornato
milestone-deleted = Eliminato il traguardo { $id }
milestone-birthday = compleanno
milestone-new-job = nuovo lavoro
milestone-promotion = promozione
milestone-award = premio
milestone-anniversary = anniversario
milestone-added = Traguardo { $id }: { $kind } per { $name }

## log
log-updated = Interazione { $id } aggiornata
log-deleted = Eliminata l'interazione { $id }: { $kind } con { $names } del { $on }
log-usage = indica di che cosa si tratta e con chi, per esempio: rete log meeting --with "Anna Rossi" (tipi: meeting, call, message, one-to-one, event, speed-date); rete log list mostra quelle registrate
log-done = Registrato { $id }: { $kind } con { $names } il { $on }

## ledger
ledger-updated = Scambio { $id } aggiornato
ledger-deleted = Eliminato lo scambio { $id }: { $kind } con { $name } del { $on }
ledger-given = Scambio { $id }: { $kind } { $code ->
        [referral] data
        [introduction] data
       *[other] dato
    } a { $name }
ledger-received = Scambio { $id }: { $kind } { $code ->
        [referral] ricevuta
        [introduction] ricevuta
       *[other] ricevuto
    } da { $name }; ricordati di ringraziare (rete thank { $id })
ledger-amount_read = Importo: { $amount }
ledger-thanked = Scambio { $id }: hai ringraziato { $name } il { $on }

## followup
followup-updated = Follow-up { $id } aggiornato
followup-deleted = Eliminato il follow-up { $id }: { $text }
followup-added = Follow-up { $id } con { $name }, entro il { $due }
followup-done_on = fatto il { $on }
followup-overdue = in ritardo
followup-today = oggi
followup-completed = Follow-up { $id } fatto: { $text }
followup-snoozed = Follow-up { $id } rimandato al { $until }

## event
event-updated = Evento { $name } (#{ $id }) aggiornato
event-deleted = Eliminato l'evento { $name } (#{ $id }); le persone conosciute lì restano nella tua rete
event-invite_whom = invite: indica i membri, o --all
event-invited = { $name }: { $count ->
        [one] 1 membro invitato
       *[other] { $count } membri invitati
    } ({ $total } in tutto)
event-attended = { $name }: { $count ->
        [one] 1 partecipante
       *[other] { $count } partecipanti
    }

## search
search-none = Nessuno corrisponde a '{ $query }'

## import
import-bad_json = { $file }: riga { $line }, colonna { $column }: non è un backup di rete: { $error }
import-restored = Ripristinati: persone { $people }, interazioni { $interactions }, scambi { $exchanges }, follow-up { $followups }, traguardi { $milestones }, eventi { $events }, community { $communities } con profili { $profiles }, richieste di presentazione { $intros }

## demo
demo-login = Accedi come { $email } con la password { $password }.
demo-matches = I tuoi migliori abbinamenti dare-dare in { $name } (rete matches):
demo-not_empty = { $path } contiene già una rete; la demo vuole un database nuovo o vuoto
demo-built = Rete dimostrativa creata in { $path }
demo-people = persone
demo-summary = { $people } persone, { $interactions } interazioni, { $events } eventi. Registro: { $given } dati, { $received } ricevuti, { $unthanked } ancora da ringraziare. Follow-up: { $open } aperti, { $overdue } in ritardo.
demo-birthdays = Compleanni nelle prossime due settimane:
demo-next = Esplorala: rete { $db } today, rete { $db } person list, rete { $db } search vela

## today
today-title = Oggi, { $date }: { $count ->
        [one] 1 cosa da fare
       *[other] { $count } cose da fare
    }
today-nothing = Niente da fare oggi: buona giornata per dare qualcosa a qualcuno.
today-due = quando
today-action = azione
today-person = persona
today-why = perché
today-overdue_since = dal { $date }
today-more = { $count ->
        [one] … e un'altra (rete today)
       *[other] … e altre { $count } (rete today)
    }

## audit
audit-clean = Nei tuoi dati non compare nessuno degli errori classici. Continua a dare.
audit-plan_written = Piano d'azione scritto in { $path }
audit-answers_count = answers: attese { $expected } risposte, ricevute { $got }
audit-answers_bad = answers: la risposta { $n } ('{ $value }') non è sì o no
audit-answers_eof = answers: l'input è finito alla domanda { $n }

## contacts
contacts-reading = Lettura di { $file } e confronto con la tua rete
contacts-line_too_long = { $file }: la riga { $line } supera { $mib } MB, e nessuna rubrica ha righe così lunghe; non è stato importato nulla
contacts-writing = Scrittura di { $count ->
        [one] 1 persona
       *[other] { $count } persone
    }
contacts-done = Importato { $file }:
contacts-dry_run = Prova di { $file }, nulla è stato scritto:
contacts-summary = persone nuove { $created }, aggiornate { $merged }, invariate { $unchanged }; record scartati { $rejected }
contacts-duplicates_in_file = {" "}(record ripetuti nel file: { $count })
contacts-encoding = { $file } non dichiara la codifica e non è in UTF-8: letto come { $encoding }
contacts-guessed = { $file } sembra { $kind } (rete import { $command })
contacts-unrecognised = { $file }: non è un file che rete sa importare; cercavo un vCard (BEGIN:VCARD), un backup JSON di rete, oppure l'intestazione CSV di un'esportazione LinkedIn (First Name, Last Name, Company, Position, Connected On), di Google Contatti (First Name, Last Name con Labels, E-mail 1 - Value o Phone 1 - Value) o di Outlook (Nome, Cognome, Indirizzo posta elettronica; in inglese First Name, Last Name, E-mail Address)
contacts-guess_stdin = standard input: indica il tipo, per esempio rete import vcard -
contacts-kind-vcard = un file vCard
contacts-kind-linkedin = un'esportazione dei collegamenti LinkedIn
contacts-kind-google = un'esportazione di Google Contatti
contacts-kind-outlook = un'esportazione dei contatti di Outlook
contacts-kind-json = un backup di rete
contacts-warning-not_a_date = { $field }: '{ $value }' non è una data; il contatto è importato con il campo vuoto
contacts-warning-not_decoded = { $field }: '{ $value }' non è testo valido nella sua codifica; il contatto è importato senza
contacts-warning-nested_card = { $field }: la scheda contenuta in questa ({ $value }) non viene importata; questa sì
contacts-warning-not_read = { $field }: '{ $value }' non si riesce a leggere; il contatto è importato senza
contacts-other_person = { $name } (#{ $id })
contacts-other_line = { $name } (riga { $line })
contacts-possible_duplicate_phone = ha lo stesso telefono { $value } di { $other }, ma i nomi sono diversi: restano separati; se sono la stessa persona, rete person merge
contacts-possible_duplicate_email = ha la stessa e-mail { $value } di { $other }, ma i nomi sono diversi: restano separati (l'indirizzo resta al primo); se sono la stessa persona, rete person merge
contacts-region_assumed = numeri di telefono senza prefisso internazionale, letti come composti in { $region } (--region): { $count }

## grow
grow-webhook_set = { $name }: gli abbinamenti sono annunciati sul webhook
grow-webhook_none = { $name }: nessun webhook (abbinamenti solo via e-mail)
grow-no_community = community: non fai ancora parte di nessuna; creane una con rete community add NOME
grow-which_community = community: quale? --community { $names }
grow-unknown_community = community: non ne hai nessuna che si chiami '{ $name }'; le tue sono: { $names } (rete community add NOME ne crea una)
grow-unknown_community_none = community: non ne hai nessuna che si chiami '{ $name }', né altre; creala con rete community add NOME
grow-community_ready = Community { $name } (#{ $id })
grow-community_line = { $name } (#{ $id }): { $count ->
        [one] 1 profilo
       *[other] { $count } profili
    }
grow-imported = { $count ->
        [one] 1 profilo
       *[other] { $count } profili
    } in { $name }
grow-me = Io
grow-profile_saved = Profilo salvato in { $name }.
grow-no_profile = profilo: non hai un profilo in { $name }; crealo con rete profile set --offer ... --seek ...
grow-opted_out = escluso: non vieni abbinato né mostrato
grow-you_opted_out = profilo: hai scelto di non partecipare agli abbinamenti (rete profile set --opt-in)
grow-specific_enough = Il tuo profilo è specifico: gli altri sapranno cosa chiederti e cosa offrirti.
grow-offers = offre
grow-seeks = cerca
grow-interests = interessi
grow-no_matches = Ancora nessun abbinamento in { $name }: rendi il profilo più specifico (rete profile check).
grow-col-name = nome
grow-col-score = punteggio
grow-col-city = città
grow-col-why = perché
grow-check-no_offers = Non offri ancora nulla: aggiungi due o tre servizi, competenze o contatti specifici (--offer).
grow-check-few_offers = Una sola offerta è poco: aggiungine un'altra, specifica (cosa, per chi).
grow-check-no_seeks = Non cerchi nulla: nessuno può darti qualcosa. Di' cosa stai cercando (--seek).
grow-check-empty_phrase = '{ $phrase }' non dice nulla che l'abbinamento possa leggere: usa parole concrete.
grow-check-generic = '{ $phrase }' è troppo generico (lo usa il { $percent }% della community): di' cosa, per chi, in quale campo, per esempio 'consulenza GDPR per studi medici'.
grow-check-no_interests = Nessun interesse: quelli in comune aprono le conversazioni (--interest).

## intro
intro-you = tu
intro-known_well = Conosci già bene { $name } (forza del legame { $strength }/100): non serve una presentazione, scrivi tu direttamente.
intro-known_inner = { $name } è nella tua cerchia stretta: non serve una presentazione, scrivi tu direttamente.
intro-known_close = { $name } è tra le persone a te vicine: non serve una presentazione, scrivi tu direttamente.
intro-no_path = Nessuno della tua rete è ancora legato a { $name }: registra chi incontri insieme, eventi, aziende e chi ti ha presentato chi.
intro-paths_to = Chi può presentarti { $name }:
intro-via = tramite { $name } (forza del percorso { $strength }%)
intro-next = Chiedi: rete intro ask { $target } --via { $via } --why "..."
intro-recorded = Registrata come presentazione #{ $id }: quando avviene, rete intro done { $id }
intro-declined = Annotato: { $via } non ti presenterà { $target }.
intro-made = { $via } ti ha presentato { $target }: è nel registro degli scambi (ringrazia), e un promemoria per scrivere a { $target } scade il { $due }.
intro-col-target = da conoscere
intro-col-via = tramite
intro-col-status = stato
intro-status-asked = chiesta
intro-status-made = fatta
intro-status-declined = rifiutata

## plan
plan-method-single_table = tutti allo stesso tavolo
plan-method-affine_geometry = geometria affine su un campo finito
plan-method-transversal_design = disegno trasversale risolubile
plan-method-cyclic_design = disegno risolubile ciclico
plan-method-group_divisible_design = disegno a gruppi divisibili risolubile
plan-method-tripling = sistema di terne di Kirkman triplicato da uno più piccolo
plan-method-local_search = ricerca tabu
plan-method-design_then_local_search = un disegno, poi ricerca tabu
plan-method-max_weight_matching = abbinamento di peso massimo sui punteggi dare-dare, turno per turno
plan-method-matching_then_round_robin = abbinamenti di peso massimo, poi rotazione all'italiana
plan-method-round_robin = rotazione all'italiana
plan-tables_of = { $count ->
        [one] 1 tavolo da { $size }
       *[other] { $count } tavoli da { $size }
    }
plan-and = {" "}e{" "}
plan-or = {" "}o{" "}
plan-offer = Con { $current } nessuna costruzione nota dà { $rounds } turni senza ripetizioni; con { $mix } sì: a tavoli più piccoli ognuno incontra meno persone per turno, e così ha persone nuove da conoscere per più turni. Per lasciar scegliere a rete fra le due misure: --tables { $sizes }.
plan-chosen = Fra le misure ammesse, { $mix } arrivano a { $rounds } turni senza ripetizioni; con meno tavoli ({ $fewer }) nessuna costruzione nota ci arriva.
plan-beyond_known = Con questi tavoli nessuna costruzione nota dà { $rounds } turni senza ripetizioni e la ricerca non ha trovato di meglio: il piano riduce le ripetizioni al minimo che ha trovato.
plan-beyond_best = Con questi tavoli i migliori piani noti arrivano a { $best } turni senza ripetizioni (Miller, Barr, Kavanagh, Valkov e Purchase, Symmetry 13(1):13, 2021; Miller, Valkov e Abel, Symmetry 18(2):269, 2026): { $rounds } turni vanno oltre il meglio noto, e il piano riduce le ripetizioni al minimo che la ricerca ha trovato. Per nessuna ripetizione, pianifica { $best } turni.
plan-short_of_best = Con questi tavoli la letteratura arriva a { $rounds } turni senza ripetizioni (il meglio noto: { $best } turni; Miller e altri, Symmetry 2021 e 2026), ma rete non sa ancora costruire quel piano: il piano riduce le ripetizioni al minimo che la ricerca ha trovato.
plan-bad_tables = tables: indica una misura o due consecutive, ciascuna di almeno 3 (per esempio 4,5)
plan-no_mix = tables: { $people } persone non possono sedersi tutte a tavoli da { $sizes }
plan-summary = { $people } persone, { $rounds ->
        [one] 1 turno
       *[other] { $rounds } turni
    }, a ogni turno { $mix }.
plan-quality = Coppie ripetute: { $repeats }; nuove coppie che si incontrano: { $pairs } ({ $method }).
plan-beyond = Con questi numeri al massimo { $bound } turni possono essere senza ripetizioni; per { $rounds } turni il piano riduce le ripetizioni al minimo trovato.
plan-round = Turno { $n }
plan-rest = riposa
plan-itinerary = Itinerario (tavolo a ogni turno):
plan-nobody = { $name }: meno di due partecipanti; aggiungi presenti (rete event attend) o invita membri (rete event invite)
plan-saved = Salvato come disposizione dei tavoli di { $name }: dopo l'evento, rete event debrief porta nella tua rete chi hai incontrato.
plan-col-table = tavolo
plan-col-people = persone
plan-col-who = chi

## pairing
pairing-bad_every = every: '{ $value }' non è un periodo (14d, 2w, 1m)
pairing-not_due = { $name }: ultimo abbinamento il { $last }; il prossimo è previsto il { $due } (--force per abbinare ora)
pairing-too_few = { $name }: meno di due membri che hanno aderito
pairing-header = { $name }, abbinamenti del { $date }: { $count ->
        [one] 1 gruppo
       *[other] { $count } gruppi
    }
pairing-dry_run = Prova: nulla salvato, nessuno avvisato.
pairing-next = Salvato e annunciato. Il prossimo giro è previsto il { $date }.
pairing-failed = non consegnato: { $what }
pairing-some_failed = { $count ->
        [one] 1 annuncio non consegnato
       *[other] { $count } annunci non consegnati
    }; gli abbinamenti sono salvati, avvisali a mano
pairing-no_smtp = { $count ->
        [one] 1 e-mail non inviata
       *[other] { $count } e-mail non inviate
    }: aggiungi una sezione [smtp] a config.toml
pairing-none_yet = { $name }: ancora nessun abbinamento (rete pairing run --community ...)
pairing-offers = offre
pairing-seeks = cerca
pairing-subject = [{ $community }] In questo giro incontri: { $names }
pairing-hello = Ciao { $names },
pairing-intro = gli abbinamenti di { $community } vi mettono insieme in questo giro. Trovate mezz'ora per un caffè o una chiamata entro il { $by }.
pairing-why = Perché voi:
pairing-bye = Buona conversazione, e ricordate: dare prima di chiedere.
pairing-col-group = #
pairing-col-who = chi
pairing-col-why = perché

## debrief
debrief-not_yet = { $name } è in programma per il { $date }: fai il resoconto dopo l'evento
debrief-no_plan = { $name }: nessuna disposizione dei tavoli salvata; pianificala prima (rete plan --event "{ $name }" ...)
debrief-not_seated = { $name }: il piano non ti assegna nessun posto (pianificato con --without-me)
debrief-alone = { $name }: nessuno era seduto con te
debrief-header = { $count ->
        [one] { $name } ({ $date }): hai incontrato una persona
       *[other] { $name } ({ $date }): hai incontrato { $count } persone
    }
debrief-new = nuovo contatto
debrief-next = Promemoria fissati: ringraziamenti entro il { $thank }, proposte di one-to-one entro il { $one_to_one } (rete today).
debrief-col-rounds = turni

## suggest
suggest-none = Nessun evento { $days ->
        [one] domani
       *[other] nei prossimi { $days } giorni
    } (rete event add).
suggest-no_profile = Suggerimento: un profilo di community con cosa cerchi e cosa ti interessa (rete profile set) permette a rete di valutare i temi.
suggest-col-fit = affinità

## list
list-more = { $count ->
        [one] … e un altro (--limit 0 li mostra tutti)
       *[other] … e altri { $count } (--limit 0 li mostra tutti)
    }

## backup
backup-written = Copia di { $db } salvata in { $file } ({ $kib } KiB), coerente anche con rete in uso; per ripristinarla: rete restore { $file }
backup-postgres = rete backup e rete restore copiano un file SQLite; con PostgreSQL usa gli strumenti del server: pg_dump --format=custom --file { $file } "$RETE_DATABASE_URL" per la copia, pg_restore --clean --dbname "$RETE_DATABASE_URL" { $file } per il ripristino (docs/reliability.md)
backup-no_file = { $file }: il file non esiste
backup-restore_needs_yes = il ripristino sostituisce tutto il contenuto di { $db }; aggiungi --yes per confermare
backup-restore_confirm = Sostituire tutto il contenuto di { $db } con la copia in { $file }? [s/N]{" "}
backup-restored = { $db } ora contiene la copia di { $file }:

## serve
serve-bad_addr = --addr: '{ $addr }' non è un indirizzo su cui ascoltare; scrivi HOST:PORTA, per esempio 127.0.0.1:7878
serve-cannot_bind = impossibile ascoltare su { $addr }
serve-listening = rete è in servizio su { $url } (database: { $db }); Ctrl-C lo ferma
serve-link =
    Accedi una volta con questo link (valido 15 minuti): { $url }
    Oppure dai una password al tuo account: rete account set-password --email tu@esempio.it

## account
account-prompt = Nuova password:{" "}
account-no_terminal = nessun terminale a cui chiedere la password; passala sullo standard input con --password-stdin
account-password_set = L'account locale ora accede a `rete serve` come { $email }.

## digest
digest-no_smtp = nel file di configurazione manca [smtp]: rete ne ha bisogno per inviare e-mail (vedi docs/cli.md)
digest-sent = Riepiloghi inviati: { $sent }; non riusciti: { $failed }
digest-some_failed = { $failed } riepiloghi non sono partiti: rete digest log dice perché; verranno ritentati
digest-no_login = l'account locale non ha ancora un accesso: dagliene uno (rete account set-password --email tu@esempio.it)
digest-on = Il riepilogo quotidiano è attivo, alle { $hour }:00 (fuso orario: { $zone }).
digest-off = Il riepilogo quotidiano è disattivato.

## timeline
timeline-empty = Non c'è ancora nulla di registrato.
timeline-col-record = voce
timeline-col-what = che cosa
timeline-with_others = { $count ->
        [one] con un'altra persona
       *[other] con altre { $count } persone
    }
timeline-thanked_on = ringraziato il { $date }
timeline-not_thanked = non ancora ringraziato
timeline-done_on = fatto il { $date }
timeline-due_on = entro il { $date }
timeline-intro_to = presentazione a { $target } tramite { $via }
timeline-intro_asked = chiesta
timeline-intro_made = fatta
timeline-intro_declined = rifiutata
timeline-correct = Per correggere una voce: rete log edit ID, rete ledger edit ID, rete followup edit ID, rete milestone edit ID (oppure delete).
person-add_new_hint = Se è un'altra persona con lo stesso nome, aggiungila con --new; poi scrivi 'Nome (Azienda)' per distinguerle.
person-timeline_hint = Tutto ciò che è registrato, con gli id: rete person timeline { $id }

## undo
undo-nothing = Niente da annullare: nessun tuo comando ha cambiato qualcosa da quando il registro è iniziato (rete undo tiene gli ultimi 20).
undo-done = Annullato: `{ $command }` del { $at } UTC ({ $count ->
        [one] 1 modifica annullata
       *[other] { $count } modifiche annullate
    }).
undo-next = Un altro rete undo annullerebbe `{ $command }`.
undo-postgres = rete undo funziona sul file SQLite; su PostgreSQL ripristina una copia fatta con pg_dump (docs/reliability.md).
undo-not_recorded = la modifica è stata fatta, ma rete undo non potrà annullarla: { $error }

## store
store-waiting = un altro programma sta scrivendo su { $path }; aspetto che finisca (al massimo 10 secondi)…
config-missing = RETE_CONFIG indica { $path }, che non esiste
config-invalid = { $path }: la configurazione non si riesce a leggere: { $detail }
config-unreadable = { $path }: impossibile leggere la configurazione: { $detail }
