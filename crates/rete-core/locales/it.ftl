## month
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## action
action-thank_you = ringraziare
action-propose_one_to_one = proporre un one-to-one
action-follow_up = follow-up
action-birthday = compleanno
action-milestone = congratularsi
action-keep_in_touch = farsi sentire
action-thank_for_exchange = ringraziare per
action-give_back = ricambiare
action-reply = rispondere

## exchange
exchange-referral = una referenza
exchange-introduction = una presentazione
exchange-advice = un consiglio
exchange-favour = un favore
exchange-business = un affare concluso

## milestone
milestone-birthday = compleanno
milestone-new-job = un nuovo lavoro
milestone-promotion = una promozione
milestone-award = un premio
milestone-anniversary = un anniversario

## reason
reason-at = {" "}({ $place })
reason-today = oggi
reason-thank_you = vi siete visti il { $date }{ $at } e da allora non hai scritto
reason-propose_one_to_one = vi siete conosciuti il { $date }{ $at }: proponi un one-to-one per conoscervi meglio
reason-follow_up = hai promesso: { $text }
reason-follow_up_late = hai promesso: { $text } (entro il { $date }, { $days ->
        [one] 1 giorno di ritardo
       *[other] { $days } giorni di ritardo
    })
reason-birthday = compleanno il { $date }
reason-birthday_age = compleanno il { $date }, compie { $age } anni
reason-milestone = { $what } il { $date }{ $note }: fai i complimenti
reason-keep_in_touch = ultimo contatto il { $date }, { $days ->
        [one] 1 giorno fa
       *[other] { $days } giorni fa
    }; questo legame vuole un contatto ogni { $cadence } giorni
reason-keep_in_touch_never = vi siete conosciuti il { $date }{ $at } e da allora non vi siete sentiti
reason-keep_in_touch_connected = vi siete collegati su LinkedIn il { $date } e da allora non vi siete mai sentiti
reason-keep_in_touch_unknown = nessun contatto registrato
reason-thank_for_exchange = hai ricevuto { $what } il { $date }{ $note } e non hai ancora ringraziato (rete thank { $id })
reason-give_back_ledger = negli ultimi 12 mesi hai ricevuto { $received } e dato { $given }: trova qualcosa da dare
reason-give_back_asks = quest'anno hai chiesto { $asks ->
        [one] una volta
       *[other] { $asks } volte
    } senza dare nulla: dai prima di chiedere ancora
reason-reply = ti ha scritto il { $date } e non hai risposto

## draft
draft-hello = Ciao { $name },
draft-bye = Un caro saluto
draft-today = oggi
draft-yesterday = ieri
draft-on_date = il { $date }
draft-at = {" "}({ $place })
draft-about = {" "}su { $topics }
draft-thanks_meeting = grazie per il tempo che mi hai dedicato { $when }{ $at }. Mi è piaciuto molto confrontarmi con te{ $about }, e ti aggiorno appena ho novità.
draft-thanks_exchange = grazie di cuore per { $what }{ $note } { $when }: lo apprezzo molto e mi farebbe piacere ricambiare. C'è qualcuno che ti piacerebbe conoscere?
draft-follow_up = riprendo il discorso che abbiamo fatto { $when }{ $about }: ci ho pensato e vorrei condividere un paio di idee. Riusciamo a sentirci questa settimana?
draft-one_to_one = è stato un piacere conoscerti { $when }{ $at }{ $about }. Ti andrebbe un one-to-one di mezz'ora la prossima settimana? Vorrei capire meglio il tuo lavoro e a chi potrei presentarti.
draft-one_to_one_connected = ci siamo collegati su LinkedIn { $when }, ma non ci siamo mai davvero parlati. Ti andrebbe un one-to-one di mezz'ora la prossima settimana? Vorrei capire meglio il tuo lavoro e a chi potrei presentarti.
draft-congrats = ho visto la notizia: { $what }. Complimenti, meritatissimo! Festeggiamo con un caffè appena hai un momento.
draft-reconnect = è passato un po' da quando ci siamo sentiti { $when }{ $at }{ $about }. Come vanno le cose? Mi farebbe piacere aggiornarci davanti a un caffè.
draft-give = mi avevi detto che cerchi { $need }. Ho pensato a chi potrebbe aiutarti: ti sarebbe utile una presentazione?
draft-give_offer = mi avevi detto che cerchi { $need }. È vicino a quello che faccio io ({ $offer }): volentieri ti do una mano, o ti presento qualcuno di bravo.
draft-intro-since = spero tutto bene da quando ci siamo sentiti { $when }.
draft-intro-hope = spero tutto bene.
draft-intro-ask = volevo chiederti un favore: potresti presentarmi { $target }{ $work }?
draft-intro-why = { $why }.
draft-intro-offer = Credo di potergli essere utile anch'io: { $offer }.
draft-intro-how = Se ti va, basta una breve e-mail a entrambi e poi proseguo io. E dimmi se c'è qualcuno che posso presentarti io.
draft-too_recent = con { $name } vi siete sentiti { $days ->
        [0] oggi
        [one] ieri
       *[other] { $days } giorni fa
    } ({ $date }): è troppo presto per riallacciare i rapporti; è più adatto un follow-up (--kind follow-up)
draft-missing-thanks = nessun dettaglio specifico per ringraziare { $name }: registra prima l'incontro o lo scambio (rete log, rete receive)
draft-missing-follow_up = niente da riprendere con { $name }: registra di cosa avete parlato (rete log ... --topics)
draft-missing-one_to_one = nessun primo incontro con { $name } registrato: aggiungi --met-on/--met-at o registralo prima
draft-missing-congrats = nessun traguardo di { $name } registrato: aggiungilo (rete milestone add)
draft-missing-reconnect = niente di specifico da cui ripartire con { $name }: registra una conversazione passata con i suoi argomenti, o dove vi siete conosciuti
draft-missing-intro = perché vuoi conoscere { $name }? Aggiungi --why, o un profilo di community con cosa offri: una richiesta generica di presentazione resta senza risposta
draft-missing-give = nessun bisogno noto di { $name }: annota cosa cerca (il suo profilo, o gli argomenti di una conversazione)

## audit
audit-collecting_cards-text = Collezionare biglietti: { $people ->
        [one] 1 persona ({ $percent }%) non ha
       *[other] { $people } persone ({ $percent }%) non hanno
    } note né traccia di come vi siete conosciuti.
audit-collecting_cards-next = Scegli le cinque che vorresti rivedere e annota dove le hai conosciute e di cosa si occupano.
audit-no_follow_up-text = Nessun follow-up: { $without_follow_up } primi incontri su { $first_meetings } ({ $percent }%) non hanno avuto seguito entro 7 giorni.
audit-no_follow_up-next = Dopo ogni primo incontro, ringrazia entro due giorni e proponi un one-to-one entro una settimana (rete today te lo ricorda).
audit-only_when_needing-text = Farsi vivi solo quando serve: { $asks } delle tue { $interactions } interazioni di quest'anno ({ $percent }%) { $asks ->
        [one] era
       *[other] erano
    } per chiedere qualcosa.
audit-only_when_needing-next = Per ogni richiesta, fai due contatti in cui dai qualcosa o semplicemente ti fai sentire.
audit-thinking_of_yourself-text = Pensare solo a sé: quest'anno hai ricevuto { $received ->
        [one] 1 scambio
       *[other] { $received } scambi
    } e { $given ->
        [0] non ne hai dato nessuno
        [one] ne hai dato 1
       *[other] ne hai dati { $given }
    }.
audit-thinking_of_yourself-next = Dai per primo: una referenza, una presentazione, un articolo utile. rete today ti dice a chi ricambiare.
audit-not_thanking-text = Non ringraziare: { $received ->
        [one] non hai mai ringraziato per l'unico scambio ricevuto.
       *[other] { $unthanked ->
            [one] 1 dei { $received } scambi ricevuti non è mai stato ringraziato.
           *[other] { $unthanked } dei { $received } scambi ricevuti non sono mai stati ringraziati.
        }
    }
audit-not_thanking-next = Ringrazia ciascuno oggi, con una parola specifica su cosa ha significato (rete draft PERSONA --kind thanks).
audit-quantity_over_quality-text = Quantità più che qualità: { $people ->
        [one] 1 persona ({ $percent }%) non ha
       *[other] { $people } persone ({ $percent }%) non hanno
    } avuto interazioni da un anno.
audit-quantity_over_quality-next = Archivia i legami che non coltiverai e riprendi i pochi che contano.
audit-generic_messages-text = Messaggi generici: { $texts } testi identici sono andati a { $people } persone.
audit-generic_messages-next = Scrivi a ciascuno di lui o di lei: dove vi siete conosciuti, di cosa avete parlato (rete draft aiuta).
audit-abusing_network-text = Abusare della rete: { $people ->
        [one] a 1 persona
       *[other] a { $people } persone
    } hai chiesto tre volte o più quest'anno senza dare nulla (al massimo { $most_asks } richieste alla stessa persona).
audit-abusing_network-next = Smetti di chiedere finché non hai dato qualcosa: una presentazione, una referenza, il tuo tempo.
audit-narrow_network-text = Una rete stretta: un solo settore raccoglie il { $percent }% delle persone che conosci, su { $groups } settori.
audit-narrow_network-next = Scegli questo mese un evento o un club fuori dal tuo settore.
audit-narrow_departments-text = Una rete stretta in azienda: un solo reparto raccoglie il { $percent }% dei tuoi colleghi, su { $groups }.
audit-narrow_departments-next = Chiedi di essere abbinato a colleghi di altri reparti (rete pairing).

## quiz
quiz-plan_title = Il tuo piano d'azione per il networking
quiz-none_recognised = Non ti sei riconosciuto in nessuno degli errori comuni.
quiz-recognised = Gli errori in cui ti riconosci
quiz-your_data = I tuoi dati
quiz-data_shows = Cosa mostrano anche i tuoi dati
quiz-intro = Rispondi sì o no (s/n): 17 domande sugli errori comuni del networking.
quiz-prompt = (sì/no)
quiz-again = Rispondi sì o no, per favore.
quiz-dress_body_language-q = Curi poco come ti vesti e il tuo linguaggio del corpo agli eventi?
quiz-dress_body_language-title = Abbigliamento e linguaggio del corpo
quiz-dress_body_language-advice = Vestiti un gradino sopra l'occasione, postura aperta, guarda negli occhi, sorridi: i primi dieci secondi aprono o chiudono la conversazione.
quiz-dismissing_people-q = Perdi interesse per le persone che sembrano poco importanti?
quiz-dismissing_people-title = Snobbare chi sembra poco importante
quiz-dismissing_people-advice = Ognuno conosce duecento persone: tratta ogni conversazione come se la sua rete fosse nella stanza.
quiz-expecting_work-q = Ti aspetti di ricevere subito lavoro dalle persone che incontri?
quiz-expecting_work-title = Aspettarsi lavoro subito
quiz-expecting_work-advice = Il networking rende nei mesi: punta a un secondo incontro, non a una vendita.
quiz-uninformed-q = Vai agli eventi senza sapere chi ci sarà e di cosa si occupa?
quiz-uninformed-title = Essere disinformati
quiz-uninformed-advice = Prima di un evento guarda la lista dei partecipanti e scegli tre persone da conoscere, ognuna con un motivo.
quiz-no_cards-q = Ti capita di non avere biglietti da visita o un modo rapido per lasciare il tuo contatto?
quiz-no_cards-title = Niente biglietti da visita
quiz-no_cards-advice = Porta sempre biglietti o un QR al tuo profilo; sul retro di quelli che ricevi scrivi dove e perché vi siete conosciuti.
quiz-collecting_cards-q = Raccogli biglietti e contatti e poi non ne fai nulla?
quiz-collecting_cards-title = Collezionare biglietti
quiz-collecting_cards-advice = Un contatto vale il seguito che gli dai: annota come vi siete conosciuti e pianifica il passo successivo il giorno stesso.
quiz-thinking_of_yourself-q = Parli soprattutto di te e di ciò di cui hai bisogno?
quiz-thinking_of_yourself-title = Pensare solo a sé
quiz-thinking_of_yourself-advice = Fai domande e ascolta di cosa ha bisogno l'altro: chi dà riceve.
quiz-vague-q = Quando ti chiedono cosa fai, la tua risposta è vaga o generica?
quiz-vague-title = Essere vaghi
quiz-vague-advice = Di' chi aiuti e in cosa, in una frase, con un esempio: richieste specifiche portano referenze specifiche.
quiz-aiming_too_high-q = Punti subito alla persona più importante della sala?
quiz-aiming_too_high-title = Puntare troppo in alto
quiz-aiming_too_high-advice = Costruisci la relazione attraverso le persone che le stanno intorno: una presentazione calda vale più di un approccio a freddo.
quiz-barging_in-q = Ti inserisci in conversazioni già avviate?
quiz-barging_in-title = Intromettersi nelle conversazioni
quiz-barging_in-advice = Avvicinati ai gruppi aperti, aspetta una pausa, chiedi se puoi unirti.
quiz-exaggerating-q = Esageri i tuoi risultati o le tue competenze?
quiz-exaggerating-title = Esagerare
quiz-exaggerating-advice = La fiducia è la moneta delle referenze: prometti meno, mantieni di più.
quiz-monopolising-q = Trattieni a lungo la stessa persona agli eventi?
quiz-monopolising-title = Monopolizzare il tempo
quiz-monopolising-advice = Dieci minuti, poi fissa il passo successivo e lasciala conoscere altri.
quiz-no_follow_up-q = Ti dimentichi di farti risentire dopo un primo incontro?
quiz-no_follow_up-title = Nessun follow-up
quiz-no_follow_up-advice = Ringrazia entro due giorni, proponi un one-to-one entro una settimana.
quiz-selling_in_follow_up-q = Usi il follow-up per vendere subito i tuoi servizi?
quiz-selling_in_follow_up-title = Vendere nel follow-up
quiz-selling_in_follow_up-advice = Il follow-up serve a conoscersi meglio e capire come aiutarsi, non a presentare un'offerta.
quiz-only_when_needing-q = Chiedi favori più spesso di quanto ne offri?
quiz-only_when_needing-title = Chiedere troppo
quiz-only_when_needing-advice = Dai prima di chiedere, e chiedi qualcosa di specifico.
quiz-abusing_network-q = Chiedi sempre alle stesse poche persone?
quiz-abusing_network-title = Abusare della propria rete
quiz-abusing_network-advice = Distribuisci le richieste e ricambia ciascuna: una rete interpellata troppo spesso si zittisce.
quiz-not_thanking-q = Ti dimentichi di ringraziare chi ti ha aiutato?
quiz-not_thanking-title = Non ringraziare
quiz-not_thanking-advice = Ringrazia ogni referenza e presentazione, qualunque sia l'esito, e racconta com'è andata.

## intro
intro-yours = il vostro legame: forza { $strength }, { $count ->
        [one] 1 contatto nell'ultimo anno, il { $date }
       *[other] { $count } contatti nell'ultimo anno, l'ultimo il { $date }
    }
intro-yours_never = il vostro legame: forza { $strength }
intro-introduced = { $name } ti ha presentato { $whom }
intro-together = insieme a { $count ->
        [one] uno dei tuoi incontri, il { $date }
       *[other] { $count } dei tuoi incontri, l'ultimo il { $date }
    }
intro-same_event = entrambi a { $event } il { $date }
intro-colleagues = colleghi in { $company }

## amount
amount-bad = '{ $value }' non è un importo in euro: scrivi per esempio 1.500,50 oppure 1500
amount-negative = '{ $value }' deve essere maggiore di zero
amount-too_precise = '{ $value }' ha più di due decimali: gli importi arrivano al centesimo
field-empty = non può essere vuoto
field-not_email = '{ $value }' non è un indirizzo e-mail
field-not_phone = '{ $value }' non è un numero di telefono
field-cadence_zero = deve essere di almeno 1 giorno
