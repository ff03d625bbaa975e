## api
api-bad_body = La richiesta non è nel formato previsto: { $detail }
api-too_large = La richiesta è troppo grande.
api-no_route = Questo indirizzo non esiste nell'API.

## page
page-title = rete
page-tagline = Coltiva e fai crescere la tua rete professionale.
page-email = E-mail
page-password = Password
page-name = Il tuo nome
page-login = Accedi
page-login_title = Accedi a rete
page-register = Crea un account
page-register_title = Crea il tuo account rete
page-no_account = Non hai ancora un account?
page-have_account = Sei già registrato?
page-logout = Esci
page-password_hint = Almeno 10 caratteri; una breve frase si ricorda facilmente.
page-hello = Ciao, { $name }
page-today = Oggi
page-nothing_today = Oggi non c'è nulla da fare: una buona giornata per conoscere qualcuno di nuovo.
page-overdue = in ritardo
page-due_today = oggi
page-people_count = Persone nella tua rete: { $count }
page-link_used = Questo link di accesso è già stato usato o è scaduto. Chiedine uno nuovo con `rete serve`.
page-not_found = Questa pagina non esiste.
page-cross_site = Il modulo è stato inviato da un altro sito ed è stato rifiutato.
page-api_docs = Documentazione API
page-language = English
page-failed = Non è andata a buon fine
page-back_today = Torna a Oggi
page-offline_title = Sei offline
page-offline = rete ha bisogno della rete per mostrarti i tuoi contatti. I tuoi dati sono al sicuro sul server: riprova quando sei di nuovo connesso.
page-retry = Riprova
page-hello_plain = Ciao

## nav
nav-label = Principale
nav-skip = Vai al contenuto
nav-today = Oggi
nav-people = Persone
nav-log = Registra
nav-followups = Impegni
nav-ledger = Scambi
nav-more = Altro

## notice
notice-digest_test = Il riepilogo di prova è partito: vedi gli invii qui sotto.
notice-done = Fatto. Non è più nella lista di oggi.
notice-snoozed = Rimandato. Tornerà nel giorno che hai scelto.
notice-logged = Registrato. Il conto dei giorni per farti sentire riparte da questo contatto.
notice-added = Aggiunto.
notice-saved = Salvato.
notice-archived = Archiviato. rete non te lo ricorderà più.
notice-deleted = Eliminato, con ciò che riguardava solo questa persona.
notice-merged = Uniti: ora è una persona sola, con tutto ciò che avevano entrambi.
notice-thanked = Ringraziamento registrato.
notice-recorded = Scambio registrato.
notice-followup = Impegno aggiunto: comparirà in Oggi alla scadenza.
notice-milestone = Traguardo aggiunto.
notice-calendar = Nuovo link del calendario: quello vecchio non funziona più.
notice-password = Password cambiata. Le altre sessioni sono state chiuse.
notice-token_revoked = Token revocato.
notice-sessions_ended = Disconnesso da tutti gli altri dispositivi.

## today
today-counts = in ritardo: { $overdue } · da fare oggi: { $today }
today-done = Fatto
today-draft = Bozza
today-log = Registra
today-snooze = Rimanda
today-tomorrow = A domani
today-next_week = Alla prossima settimana
today-until = Fino al
today-put_off = Rimanda
today-late_since = scaduto il { $date }

## kind
kind-meeting = Incontro
kind-call = Telefonata
kind-message = Messaggio
kind-one-to-one = One-to-one
kind-event = Evento
kind-speed-date = Speed networking

## xkind
xkind-referral = Referenza
xkind-introduction = Presentazione
xkind-advice = Consiglio
xkind-favour = Favore
xkind-business = Affare concluso

## mkind
mkind-birthday = Compleanno
mkind-new-job = Nuovo lavoro
mkind-promotion = Promozione
mkind-award = Premio
mkind-anniversary = Anniversario

## tier
tier-inner = Più vicini
tier-close = Vicini
tier-network = Conoscenti
tier-archived = Archiviati

## log
log-title = Registra un contatto
log-kind = Che cosa
log-with = Con chi
log-with_hint = Inizia a scrivere un nome e scegli tra le tue persone.
log-which = Ci sono più persone che si chiamano { $name }: quale?
log-create = Aggiungila come nuova persona se non è tra le tue
log-when = Quando
log-topics = Di che cosa avete parlato
log-topics_hint = Poche parole: rendono specifico il ringraziamento.
log-notes = Note
log-purpose = Scopo
log-purpose_none = Non indicato
log-purpose_give = Dare (un aiuto, una presentazione, un consiglio)
log-purpose_ask = Chiedere
log-purpose_social = Restare in contatto
log-by = Chi ha preso l'iniziativa
log-by_me = Io
log-by_them = L'altra persona
log-save = Registra

## first
first-title = Porta qui la tua rete
first-why = Ogni giorno rete ti dice chi ringraziare, chi chiamare e quali rapporti si stanno raffreddando. Si comincia dalle persone che conosci già.
first-linkedin = LinkedIn:
first-linkedin_how = Impostazioni → Privacy dei dati → Ottieni una copia dei tuoi dati → Collegamenti; riceverai Connections.csv per e-mail.
first-phone = La rubrica del telefono:
first-phone_how = esportala come vCard (.vcf) da Contatti su iPhone o da Google Contatti su Android.
first-import = Poi importa il file:
first-add = Aggiungi una persona
first-log = Registra un incontro

## people
people-sort = Ordine
people-sort_name = Per nome
people-sort_strength = Prima i rapporti più forti
people-sort_last = Prima il contatto più recente
people-title = Persone
people-add = Aggiungi una persona
people-search = Cerca tra le persone
people-search_hint = Nome, azienda, etichetta, note…
people-search_button = Cerca
people-filters = Filtri
people-tier = Cerchia
people-any_tier = Tutte le cerchie
people-tag = Etichette
people-company = Azienda
people-city = Città
people-count = { $shown ->
        [one] 1 mostrata
       *[other] { $shown } mostrate
    } su { $total }
people-none = Nessuno corrisponde. Prova con meno parole o con altri filtri.
people-more = Altre persone
people-clear = Annulla la ricerca

## person
person-name = Nome
person-company = Azienda
person-role = Ruolo
person-city = Città
person-sector = Settore
person-cadence_days = Farsi sentire ogni (giorni)
person-emails = Indirizzi e-mail
person-emails_hint = Uno per riga.
person-phones = Numeri di telefono
person-phones_hint = Uno per riga, con il prefisso internazionale per i link di WhatsApp (+39 …).
person-tags = Etichette (separate da virgole)
person-birthday = Compleanno (AAAA-MM-GG o MM-GG)
person-met_on = Quando vi siete conosciuti
person-met_at = Dove vi siete conosciuti
person-links = Link
person-links_hint = Uno per riga: LinkedIn, sito web…
person-notes = Note
person-save = Salva
person-edit = Modifica
person-edit_title = Modifica { $name }
person-exchange_title = Hai dato o ricevuto qualcosa
person-direction = Verso
person-exchange_kind = Che cosa
person-amount = Importo dell'affare concluso (euro)
person-amount_hint = Solo per gli affari conclusi, per esempio 1.250,00.
person-note = Nota
person-record = Registra
person-followup_title = Prendi un impegno
person-followup_text = Che cosa hai promesso
person-due = Entro quando
person-add_followup = Aggiungi l'impegno
person-milestone_title = Un suo traguardo
person-milestone_kind = Che cosa
person-add_milestone = Aggiungi il traguardo
person-other_actions = Archivia, unisci, elimina
person-archive_reason = Perché la archivi
person-archive = Archivia
person-merge_with = Unisci con (il doppione)
person-merge_preview = Confronta prima di unire
person-merge_title = Unisci due persone
person-merge_explain = { $gone } confluirà in { $keep }: ogni contatto, scambio e impegno passa a { $keep } e i dati mancanti vengono completati. Non si scrive nulla finché non confermi.
person-merge_confirm = Uniscile
person-merge_self = scegli un'altra persona: è la stessa
person-delete = Elimina questa persona
person-delete_title = Eliminare { $name }?
person-delete_warning = Con lei se ne vanno i suoi scambi, gli impegni, i traguardi e i contatti a cui non ha partecipato nessun altro. Non si può annullare; archiviando, invece, si conserva tutto.
person-delete_confirm = Elimina definitivamente
person-keep = No, la tengo

## card
card-birthday = Compleanno
card-cadence = { $days ->
        [one] ogni giorno
       *[other] ogni { $days } giorni
    }
card-strength = Forza del rapporto
card-last_contact = Ultimo contatto
card-never = mai
card-met = Come vi siete conosciuti
card-introduced_by = Presentato da
card-balance = Ultimi 12 mesi
card-balance_value = dato { $given } · ricevuto { $received }
card-they_only_ask = Quest'anno ti ha chiesto qualcosa { $count ->
        [one] una volta
       *[other] { $count } volte
    } senza ricambiare: puoi anche dire di no.
card-you_only_ask = Quest'anno hai chiesto { $count ->
        [one] una volta
       *[other] { $count } volte
    } senza dare nulla: offri qualcosa prima della prossima richiesta.
card-archived = Archiviata

## timeline
timeline-with_others = { $count ->
        [one] (con un'altra persona)
       *[other] (con altre { $count } persone)
    }
timeline-more = { $count ->
        [one] Non è mostrata 1 voce più vecchia.
       *[other] Non sono mostrate { $count } voci più vecchie.
    }
timeline-title = Cronologia
timeline-empty = Ancora nulla: registra il prossimo contatto.
timeline-given = Dato
timeline-received = Ricevuto
timeline-thanked_on = ringraziato il { $date }
timeline-followup = Impegno:
timeline-done_on = fatto il { $date }
timeline-due_on = scade il { $date }
timeline-intro = Presentazione:
timeline-intro_to = a { $target } tramite { $via }
timeline-intro_asked = chiesta
timeline-intro_made = fatta
timeline-intro_declined = rifiutata

## draft
draft-title = Un messaggio per { $name }
draft-kinds = Tipo di messaggio
draft-kind_thanks = Ringraziamento
draft-kind_follow_up = Seguito
draft-kind_one_to_one = One-to-one
draft-kind_congrats = Congratulazioni
draft-kind_reconnect = Rifarsi vivi
draft-kind_give = Offrire aiuto
draft-text = Il messaggio (modificalo prima di inviarlo)
draft-copy = Copia
draft-email = Invia per e-mail
draft-log_it = Inviato: registralo
draft-hint = Il messaggio è tuo, cambialo come vuoi: rete scrive solo i fatti che conosce.
draft-back = Torna a { $name }

## followups
followups-title = Impegni
followups-which = Quali impegni
followups-open = Da fare
followups-done = Fatti
followups-overdue_count = In ritardo: { $count }
followups-none_open = Nessuna promessa in sospeso.
followups-none_done = Ancora nessuno fatto.
followups-add_hint = Aggiungi un impegno dalla pagina della persona a cui l'hai promesso.

## ledger
ledger-title = Dare e avere
ledger-totals = Gli ultimi 12 mesi
ledger-referrals = Referenze
ledger-introductions = Presentazioni
ledger-help = Consigli e favori
ledger-business = Affari conclusi
ledger-amount = Importo
ledger-given = Date
ledger-received = Ricevute
ledger-by_month = Mese per mese
ledger-month_counts = dato { $given } · ricevuto { $received }
ledger-unthanked = Da ringraziare
ledger-all_thanked = Hai ringraziato per tutto ciò che hai ricevuto.
ledger-thank = Ringraziato
ledger-owed = Con chi sei in debito
ledger-owe_nobody = Quest'anno nessuno ti ha dato più di quanto tu abbia dato.

## settings
settings-digest = Riepilogo quotidiano
settings-digest_why = L'agenda di oggi per e-mail ogni mattina, all'ora che scegli, nel tuo fuso orario.
settings-digest_on = Inviami il riepilogo quotidiano
settings-digest_hour = Alle
settings-digest_no_smtp = Questo server non ha un server di posta configurato ([smtp]): il riepilogo resta attivo e partirà quando ci sarà.
settings-digest_test = Inviami una prova adesso
settings-digest_log = Invii
settings-digest_daily = quotidiano
settings-digest_test_kind = prova
settings-status_sent = inviato
settings-status_failed = non riuscito
settings-status_sending = in invio
settings-next_try = (nuovo tentativo alle { $time })
settings-title = Impostazioni
settings-preferences = Lingua e fuso orario
settings-language = Lingua
settings-lang_browser = Quella del browser
settings-time_zone = Fuso orario
settings-zone_hint = Per te oggi è il { $today }. Lascia vuoto per usare il fuso orario del server.
settings-save = Salva
settings-calendar = Calendario
settings-calendar_why = Iscriviti alla tua agenda da Google Calendar, Calendario di Apple o Thunderbird: un link segreto che conosci solo tu.
settings-calendar_url = Il link del tuo calendario
settings-calendar_once = Copialo adesso: viene mostrato una volta sola. Un nuovo link disattiva questo.
settings-calendar_new = Crea un nuovo link del calendario
settings-password = Password
settings-current_password = Password attuale
settings-new_password = Nuova password
settings-change_password = Cambia la password
settings-sessions = Dove hai effettuato l'accesso
settings-signed_in_on = dal { $date }
settings-end_others = Esci da tutti gli altri dispositivi
settings-tokens = Token delle API
settings-tokens_why = Per script e altre applicazioni: un token legge (o scrive) i tuoi dati attraverso le API.
settings-token_new = Il tuo nuovo token
settings-token_once = Copialo adesso: viene mostrato una volta sola.
settings-token_name = Nome del token
settings-token_scope = Che cosa può fare
settings-scope_read = Solo lettura
settings-scope_write = Lettura e scrittura
settings-token_create = Crea un token
settings-revoke = Revoca
settings-data = I tuoi dati
settings-data_why = Una copia completa di tutto ciò che conservi, quando vuoi: JSON (si ripristina in rete) o vCard (per qualsiasi rubrica).
settings-export_json = Scarica tutto (JSON)
settings-export_vcard = Scarica le persone (vCard)
settings-delete = Elimina l'account
settings-delete_warning = L'account e tutto ciò che contiene vengono eliminati definitivamente. Scarica prima una copia.
settings-delete_password = La tua password, per conferma
settings-local = L'account locale
settings-local_why = È l'account di rete su questo computer, quello che usa la riga di comando. Per cambiarne qui lingua, password e calendario, dagli prima un indirizzo e-mail e una password:
settings-delete_confirm = Elimina il mio account

## more
more-events = Eventi
more-events_why = I tuoi eventi, chi hai incontrato e il dopo-serata dello speed networking.
more-import = Importa
more-import_why = LinkedIn, la rubrica del telefono, Google o Outlook: vedi che cosa cambierebbe, poi importa.
more-network = La mia rete
more-network_why = La mappa di chi conosce chi tra le tue persone.
more-audit = Audit
more-audit_why = Le tue abitudini a confronto con gli errori classici del networking, con i grafici e il questionario.
more-settings = Impostazioni
more-settings_why = Lingua, fuso orario, link del calendario, password, sessioni, token delle API, i tuoi dati.

## audit
audit-numbers = I numeri
audit-title = Audit
audit-why = Che cosa dicono i tuoi dati del modo in cui curi la tua rete, a confronto con gli errori classici.
audit-findings = Che cosa mostrano i dati
audit-none = Niente da correggere: nei tuoi dati non compare nessuno degli errori classici.
audit-severity_high = importante
audit-severity_medium = da guardare
audit-severity_low = minore
audit-chart_interactions = Contatti al mese
audit-contacts = contatti
audit-chart_ledger = Dato e ricevuto per trimestre
audit-chart_tiers = Persone per cerchia
audit-people = persone
audit-chart_strength = Persone per forza del rapporto
audit-quiz = Questionario
audit-quiz_why = Diciassette domande sugli errori classici del networking: rispondi con sincerità, e il piano unisce le tue risposte a ciò che mostrano i tuoi dati.
audit-yes = Sì
audit-no = No
audit-make_plan = Prepara il mio piano
audit-download = Scarica il piano (Markdown)
audit-unanswered = la domanda { $n } non ha risposta
audit-plan_title = Il tuo piano d'azione
audit-back = Torna all'audit

## network
network-people = { $count ->
        [one] 1 persona
       *[other] { $count } persone
    }
network-links = { $count ->
        [one] 1 legame
       *[other] { $count } legami
    }
network-title = La mia rete
network-why = Tutte le persone che conservi, disposte in modo che chi si conosce stia vicino: le linee sono presentazioni, incontri insieme ed eventi in comune. I punti più grandi sono i rapporti più forti; ogni punto apre la persona.
network-picture = La mappa della tua rete: ogni punto è una persona e porta alla sua pagina
network-any_sector = Tutti i settori
network-colour = Colora per
network-by_tier = Cerchia
network-by_sector = Settore
network-show = Mostra
network-zoom = Ingrandimento
network-other = Altri settori
network-link_intro = Presentazione
network-link_meeting = Incontrati insieme
network-link_event = Stesso evento

## import
import-title = Importa
import-why = Porta qui le persone che conosci già. Non si scrive nulla finché non scegli Importa: prima vedi che cosa succederebbe.
import-files = Rubriche
import-files_hint = Connections.csv di LinkedIn, una vCard (.vcf) dal telefono o da Contatti di Apple, un CSV di Google o di Outlook; anche più file insieme, fino a 20 MB in tutto.
import-region = Paese dei numeri senza prefisso
import-region_hint = I numeri scritti senza +39 (o un altro prefisso) vengono letti come numeri di questo paese.
import-progress = Caricamento
import-preview = Anteprima
import-commit = Importa
import-line = riga { $line }
import-and_more = { $count ->
        [one] e un'altra
       *[other] e altre { $count }
    }
import-would = Creerebbe { $created ->
        [one] 1 persona
       *[other] { $created } persone
    }, ne unirebbe { $merged } a persone che conservi, ne lascerebbe { $unchanged ->
        [one] 1 invariata
       *[other] { $unchanged } invariate
    } e scarterebbe { $rejected ->
        [one] 1 riga
       *[other] { $rejected } righe
    }.
import-done = Importato: { $created ->
        [one] 1 creata
       *[other] { $created } create
    }, { $merged ->
        [one] 1 unita
       *[other] { $merged } unite
    }, { $unchanged ->
        [one] 1 invariata
       *[other] { $unchanged } invariate
    }, { $rejected ->
        [one] 1 riga scartata
       *[other] { $rejected } righe scartate
    }.
import-created = Persone nuove
import-merged = Unite a persone che conservi
import-rejected = Righe scartate
import-possible_duplicates = { $count ->
        [one] 1 scheda ha un'e-mail o un telefono in comune con qualcun altro ed è rimasta separata: controllala dopo l'importazione.
       *[other] { $count } schede hanno un'e-mail o un telefono in comune con qualcun altro e sono rimaste separate: controllale dopo l'importazione.
    }
import-encoding = Il file non dichiarava una codifica ed è stato letto come { $encoding }.
import-too_large = I file superano i 20 MB in tutto: importane pochi alla volta.
import-no_files = Scegli almeno un file.

## unsubscribe
unsubscribe-title = Riepilogo quotidiano
unsubscribe-ask = Non vuoi più ricevere il riepilogo quotidiano? Puoi riattivarlo nelle Impostazioni.
unsubscribe-confirm = Disattiva il riepilogo
unsubscribe-done = Fatto: niente più riepiloghi quotidiani. Puoi riattivarli nelle Impostazioni.
unsubscribe-unknown = Questo link non è più valido (ogni riepilogo ne ha uno nuovo); disattiva il riepilogo nelle Impostazioni.

## events
events-title = Eventi
events-none = Ancora nessun evento: aggiungi la prossima riunione del capitolo, una fiera o una cena.
events-met = { $count ->
        [one] 1 persona incontrata
       *[other] { $count } persone incontrate
    }
events-add = Aggiungi un evento
events-name = Nome
events-on = Data
events-place = Luogo
events-topics = Temi
events-topics_hint = Separati da virgole: rete ti suggerisce gli eventi adatti alle tue persone.
events-attendees = Chi hai incontrato
events-nobody = Ancora nessuno.
events-met_there = Hai incontrato
events-add_attendee = Aggiungi
events-debrief = Dopo l'evento
events-debrief_why = Dopo una serata di speed networking pianificata con rete: le persone con cui ti sei seduto entrano nella tua rete, con un ringraziamento e un one-to-one da proporre in Oggi.
events-debrief_now = Chiudi la serata
events-debriefed = { $name }: fatto
events-debriefed_why = I ringraziamenti sono da fare il { $thank } e i one-to-one da proporre il { $one_to_one }: li trovi in Oggi.
events-new = nuova
events-not_yet = { $name } è in programma per il { $date }: fai il resoconto dopo l'evento.
events-no_plan = { $name } non ha una disposizione dei tavoli: pianificala prima (rete plan --event), poi chiudi la serata.
events-not_seated = { $name }: la disposizione non ti ha messo a nessun tavolo.
events-alone = { $name }: nessuno si è seduto con te.

## Grow: community
more-communities = Community
more-communities_why = Il tuo capitolo, club o azienda: il tuo profilo, chi incontrare e perché, i membri.
notice-joined = Ora fai parte della community. Scrivi il tuo profilo per vedere chi incontrare.
notice-left = Hai lasciato la community; il tuo profilo lì è stato cancellato.
notice-removed = Fatto: non fa più parte dei membri e non compare nei suggerimenti di nessuno.
grow-title = Community
grow-none = Non fai ancora parte di nessuna community. Fondane una qui sotto, oppure apri il link d'invito che ti ha mandato chi organizza.
grow-members_count = { $count ->
    [0] nessun altro membro
    [one] un altro membro
   *[other] altri { $count } membri
}
grow-found = Fonda una community
grow-found_why = Ne sarai l'organizzatore: inviti i membri con un link e vedi i numeri del capitolo.
grow-name = Nome
grow-kind = Tipo
grow-description = Descrizione (facoltativa)
grow-kind_chapter = Capitolo d'affari
grow-kind_club = Club
grow-kind_company = Azienda
grow-kind_event = Evento
grow-role_organiser = la organizzi tu
grow-role_co_organiser = la co-organizzi
grow-role_member = membro
grow-matches = Chi incontrare
grow-matches_why = Membri con cui lo scambio va in entrambe le direzioni, dai migliori. Chi è già nel tuo Keep non compare.
grow-matches_need_profile = Scrivi qui sotto cosa offri e cosa cerchi, lascia attivi i suggerimenti, e rete ti dirà chi incontrare e perché.
grow-no_matches = Ancora nessuno da proporti: man mano che i membri scrivono il loro profilo, i suggerimenti compaiono qui.
grow-score = punteggio { $score }
grow-your_profile = Il tuo profilo qui
grow-sharp_example = Sii specifico: «siti web per studi legali» dice più di «web»; «un commercialista per startup» più di «contatti».
grow-shown_as = Il tuo nome come lo vedono i membri
grow-offers = Cosa offri
grow-offers_hint = Uno per riga: un servizio, una competenza, una presentazione che puoi fare.
grow-seeks = Cosa cerchi
grow-seeks_hint = Uno per riga: i clienti, i fornitori o i contatti che stai cercando.
grow-interests = Cosa ti sta a cuore
grow-interests_hint = Uno per riga: gli interessi fuori dal lavoro aiutano a rompere il ghiaccio.
grow-sector = Settore
grow-city = Città
grow-languages = Lingue che parli
grow-languages_hint = Separate da virgole, per esempio: it, en
grow-department = Reparto
grow-matching = Mostrami ai membri e proponimi nei loro suggerimenti
grow-pairing = Abbinami nei giri periodici
grow-save_profile = Salva il profilo
grow-offers_short = Offre
grow-seeks_short = Cerca
grow-members = Membri
grow-no_members = Ancora nessun altro membro: invitali con un link.
grow-remove = Rimuovi
grow-remove_who = Rimuovi { $name } dalla community
grow-leave = Esci da questa community
grow-invite = Invita i membri
grow-invite_why = Un link con cui chiunque può entrare, per una settimana e fino a cinquanta persone. Condividilo per e-mail o nella chat del capitolo.
grow-invite_make = Crea un link d'invito
grow-invite_ready = Un link d'invito a { $name }
grow-invite_share = Copialo adesso: viene mostrato solo questa volta. Fa entrare fino a { $uses } persone.
grow-invite_link = Il link
grow-invite_until = Valido fino al { $date }.
grow-back = Torna a { $name }
grow-join_title = Entra in una community
grow-join_to = Entra in { $name }
grow-join_why = I membri pubblicano cosa offrono, cosa cercano e cosa sta loro a cuore, e vedono chi incontrare e perché. Nessuno vede i tuoi contatti, le tue note o il tuo registro.
grow-join = Entra
grow-join_sign_in = Accedi per entrare
grow-invitation_invalid = Questo invito non esiste, è scaduto o è già stato usato: chiedine uno nuovo a chi organizza.
grow-filter = Filtra
grow-filter_clear = Mostra tutti
grow-language = Lingua
grow-language_hint = Una lingua che parlano, per esempio: it
grow-no_matches_filtered = Nessuno da proporti con questi filtri: allargali, oppure mostra tutti.
