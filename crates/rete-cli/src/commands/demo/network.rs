//! The demo network: about 300 people, Italian and English, across tiers
//! and sectors, with two years of interactions, exchanges, milestones and
//! events, all dated relative to today and reproducible from a seed.
//!
//! It is built as a backup document and restored in one transaction, which
//! is both the fastest way in and a daily exercise of the import path.

use chrono::{Datelike, Days, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rete_core::*;

const IT_MEN: &[&str] = &[
    "Marco",
    "Luca",
    "Giovanni",
    "Andrea",
    "Francesco",
    "Alessandro",
    "Matteo",
    "Lorenzo",
    "Davide",
    "Stefano",
    "Niccolò",
    "Paolo",
    "Roberto",
    "Simone",
    "Federico",
    "Riccardo",
    "Tommaso",
    "Gabriele",
    "Emanuele",
    "Pietro",
];
const IT_WOMEN: &[&str] = &[
    "Giulia",
    "Francesca",
    "Chiara",
    "Sara",
    "Martina",
    "Elena",
    "Valentina",
    "Alessia",
    "Federica",
    "Silvia",
    "Beatrice",
    "Anna",
    "Laura",
    "Paola",
    "Marta",
    "Ilaria",
    "Caterina",
    "Serena",
    "Lucia",
    "Noemi",
];
const IT_SURNAMES: &[&str] = &[
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Caruso",
    "Ferrara",
    "Galli",
    "Martini",
    "Leone",
    "Longo",
    "Gentile",
    "Martinelli",
    "Vitale",
    "Serra",
    "Coppola",
    "D'Angelo",
    "Sala",
    "Fabbri",
    "Pellegrini",
];
const EN_FIRST: &[&str] = &[
    "James",
    "Oliver",
    "Harry",
    "George",
    "William",
    "Emma",
    "Olivia",
    "Amelia",
    "Sophie",
    "Charlotte",
    "Thomas",
    "Daniel",
    "Grace",
    "Hannah",
    "Jack",
    "Lucy",
    "Samuel",
    "Emily",
    "Henry",
    "Isabella",
];
const EN_SURNAMES: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
    "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
];
const IT_CITIES: &[&str] =
    &["Milano", "Roma", "Torino", "Bologna", "Firenze", "Napoli", "Verona", "Padova", "Bergamo", "Brescia"];
const EN_CITIES: &[&str] = &["London", "Manchester", "Dublin", "Edinburgh"];

/// A sector: its key, the company name patterns and roles in Italian and English.
struct Sector {
    key: &'static str,
    company_it: &'static str,
    company_en: &'static str,
    roles_it: &'static [&'static str],
    roles_en: &'static [&'static str],
    topics: &'static [&'static str],
}

const SECTORS: &[Sector] = &[
    Sector {
        key: "legal",
        company_it: "Studio Legale {}",
        company_en: "{} & Co Solicitors",
        roles_it: &["Avvocato", "Notaio", "Praticante"],
        roles_en: &["Solicitor", "Partner"],
        topics: &["contratti", "diritto societario", "GDPR"],
    },
    Sector {
        key: "accounting",
        company_it: "Studio {} Commercialisti",
        company_en: "{} Accountants",
        roles_it: &["Commercialista", "Revisore"],
        roles_en: &["Accountant", "Auditor"],
        topics: &["bilancio", "fisco", "bandi"],
    },
    Sector {
        key: "marketing",
        company_it: "{} Comunicazione",
        company_en: "{} Marketing",
        roles_it: &["Marketing manager", "Social media manager", "Copywriter"],
        roles_en: &["Head of Marketing", "Brand strategist"],
        topics: &["brand", "social", "lancio prodotto"],
    },
    Sector {
        key: "web",
        company_it: "{} Web Agency",
        company_en: "{} Digital",
        roles_it: &["Sviluppatore", "Web designer", "CTO"],
        roles_en: &["Developer", "Product designer"],
        topics: &["sito web", "e-commerce", "SEO"],
    },
    Sector {
        key: "it_services",
        company_it: "{} Informatica",
        company_en: "{} IT Services",
        roles_it: &["Sistemista", "Consulente IT"],
        roles_en: &["IT consultant", "CTO"],
        topics: &["cloud", "cybersecurity", "backup"],
    },
    Sector {
        key: "real_estate",
        company_it: "Immobiliare {}",
        company_en: "{} Estates",
        roles_it: &["Agente immobiliare", "Geometra"],
        roles_en: &["Estate agent"],
        topics: &["uffici", "affitti", "valutazioni"],
    },
    Sector {
        key: "finance",
        company_it: "{} Finanza",
        company_en: "{} Capital",
        roles_it: &["Consulente finanziario", "Private banker"],
        roles_en: &["Financial adviser", "Investment manager"],
        topics: &["investimenti", "credito", "startup"],
    },
    Sector {
        key: "insurance",
        company_it: "{} Assicurazioni",
        company_en: "{} Insurance",
        roles_it: &["Agente assicurativo", "Broker"],
        roles_en: &["Insurance broker"],
        topics: &["polizze", "welfare aziendale"],
    },
    Sector {
        key: "design",
        company_it: "{} Design Studio",
        company_en: "{} Design",
        roles_it: &["Architetto", "Interior designer", "Grafico"],
        roles_en: &["Architect", "Graphic designer"],
        topics: &["arredamento", "logo", "showroom"],
    },
    Sector {
        key: "photography",
        company_it: "Foto {}",
        company_en: "{} Photography",
        roles_it: &["Fotografo", "Videomaker"],
        roles_en: &["Photographer"],
        topics: &["ritratti aziendali", "video", "eventi"],
    },
    Sector {
        key: "translation",
        company_it: "{} Traduzioni",
        company_en: "{} Translations",
        roles_it: &["Interprete", "Project manager traduzioni"],
        roles_en: &["Translator"],
        topics: &["traduzioni tecniche", "export"],
    },
    Sector {
        key: "manufacturing",
        company_it: "{} Meccanica Srl",
        company_en: "{} Manufacturing Ltd",
        roles_it: &["Imprenditore", "Direttore commerciale", "Responsabile acquisti"],
        roles_en: &["Managing director", "Sales director"],
        topics: &["export", "fiere", "automazione"],
    },
    Sector {
        key: "hr",
        company_it: "{} Risorse Umane",
        company_en: "{} People",
        roles_it: &["HR manager", "Head hunter", "Coach"],
        roles_en: &["Recruiter", "Executive coach"],
        topics: &["selezione", "formazione", "welfare"],
    },
    Sector {
        key: "food",
        company_it: "Cantina {}",
        company_en: "{} Foods",
        roles_it: &["Titolare", "Sommelier", "Chef"],
        roles_en: &["Founder", "Chef"],
        topics: &["vino", "catering", "degustazioni"],
    },
];

const INTERESTS: &[&str] = &[
    "vela",
    "padel",
    "running",
    "arte contemporanea",
    "jazz",
    "montagna",
    "cucina",
    "lettura",
    "startup",
    "volontariato",
    "ciclismo",
    "fotografia",
    "golf",
    "teatro",
];

const EVENTS: &[(&str, &str, &[&str])] = &[
    ("Aperitivo BNI Milano", "Milano", &["networking", "referenze"]),
    ("Colazione BNI Chapter Leonardo", "Milano", &["networking", "referenze"]),
    ("Fiera Made in Italy", "Bologna", &["export", "manifattura"]),
    ("Networking Night Confcommercio", "Torino", &["commercio", "networking"]),
    ("Startup Weekend", "Torino", &["startup", "innovazione"]),
    ("Legal Tech Summit", "London", &["legal tech", "AI"]),
    ("Digital Marketing Day", "Roma", &["marketing", "social"]),
    ("Cena Rotary", "Bergamo", &["territorio", "solidarietà"]),
    ("Speed networking Camera di Commercio", "Verona", &["networking", "PMI"]),
    ("Women in Business Breakfast", "Milano", &["leadership", "networking"]),
    ("Salone del Mobile", "Milano", &["design", "arredamento"]),
    ("Vinitaly", "Verona", &["vino", "export"]),
];

const MEETING_TOPICS: &[&str] = &[
    "apertura nuova sede",
    "ricerca di un fotografo per il catalogo",
    "export in Germania",
    "nuovo sito web",
    "referenze per commercialista",
    "bando regionale digitalizzazione",
    "collaborazione su un cliente comune",
    "assunzione di un junior",
    "passaggio generazionale",
    "campagna social di Natale",
    "rinnovo polizze",
    "expanding to the UK",
    "a joint workshop",
    "pricing of a new service",
    "the chapter's next visitor day",
];

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    // Every table above is non-empty.
    &items[rng.gen_range(0..items.len())]
}

fn days_ago(today: NaiveDate, n: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(n)).unwrap_or(today)
}

/// Builds the demo network as a backup document.
pub fn generate(seed: u64, count: usize, today: NaiveDate) -> Backup {
    let mut rng = StdRng::seed_from_u64(seed);
    let count = count.max(20);
    let mut people: Vec<Person> = Vec::with_capacity(count);
    let mut used_names = std::collections::HashSet::new();

    // Events first: people are often met there.
    let mut events: Vec<Event> = Vec::new();
    for i in 0..24u64 {
        let (name, place, topics) = EVENTS[(i as usize) % EVENTS.len()];
        // Spread over two years, two of them still to come.
        let on = if i < 2 {
            today + Days::new(9 + 12 * i)
        } else {
            days_ago(today, 4 + (i - 2) * 31 + rng.gen_range(0..20))
        };
        let edition = if i as usize >= EVENTS.len() { format!(" {}", on.year()) } else { String::new() };
        events.push(Event {
            id: EventId(i as i64 + 1),
            data: EventData {
                name: format!("{name}{edition}"),
                on,
                place: Some(place.to_string()),
                topics: topics.iter().map(|t| t.to_string()).collect(),
                attendees: Vec::new(),
            },
        });
    }

    for n in 0..count {
        let italian = rng.gen_bool(0.78);
        // Names stay unique however large the demo: once the plain first
        // and last names run out, a middle initial (then two) tells people
        // apart, as it does in real address books.
        let mut attempt = 0u32;
        let name = loop {
            let (first, last) = if italian {
                let first = if rng.gen_bool(0.5) { pick(&mut rng, IT_MEN) } else { pick(&mut rng, IT_WOMEN) };
                (*first, *pick(&mut rng, IT_SURNAMES))
            } else {
                (*pick(&mut rng, EN_FIRST), *pick(&mut rng, EN_SURNAMES))
            };
            let initial = |rng: &mut StdRng| char::from(b'A' + rng.gen_range(0..26u8));
            let candidate = match attempt {
                0..20 => format!("{first} {last}"),
                20..80 => format!("{first} {}. {last}", initial(&mut rng)),
                _ => format!("{first} {}. {}. {last}", initial(&mut rng), initial(&mut rng)),
            };
            attempt += 1;
            if used_names.insert(candidate.clone()) {
                break (candidate, last.to_string());
            }
        };
        let (name, surname) = name;
        let sector = pick(&mut rng, SECTORS);
        let mut p = PersonData::named(name.clone());
        let (company_pattern, role) = if italian {
            (sector.company_it, *pick(&mut rng, sector.roles_it))
        } else {
            (sector.company_en, *pick(&mut rng, sector.roles_en))
        };
        let owner = if rng.gen_bool(0.6) { surname.clone() } else { pick(&mut rng, IT_SURNAMES).to_string() };
        p.company = Some(company_pattern.replace("{}", &owner));
        p.role = Some(role.to_string());
        p.sector = Some(sector.key.to_string());
        p.city = Some(if italian { pick(&mut rng, IT_CITIES) } else { pick(&mut rng, EN_CITIES) }.to_string());
        let slug: String = rete_core::text::search_terms(&name).join(".");
        p.emails = vec![format!("{slug}@{}.example", rete_core::text::search_terms(&owner).join(""))];
        if rng.gen_bool(0.7) {
            p.phones = vec![if italian {
                format!("+39 3{:02} {:07}", rng.gen_range(20..99), rng.gen_range(1_000_000..9_999_999))
            } else {
                format!("+44 7{:03} {:06}", rng.gen_range(100..999), rng.gen_range(100_000..999_999))
            }];
        }
        if rng.gen_bool(0.6) {
            p.links = vec![format!("https://www.linkedin.com/in/{}", slug.replace('.', "-"))];
        }
        p.tier = match n % 25 {
            0 => Tier::Inner,
            1..=4 => Tier::Close,
            5 if n > 100 => Tier::Archived,
            _ => Tier::Network,
        };
        if rng.gen_bool(0.55) {
            let year = if rng.gen_bool(0.7) { Some(rng.gen_range(1958..2000)) } else { None };
            p.birthday = Birthday::from_parts(year, rng.gen_range(1..=12), rng.gen_range(1..=28));
        }
        // How we met: an event, a referral, or a place.
        let met_days = rng.gen_range(20..760);
        let met_on = days_ago(today, met_days);
        if rng.gen_bool(0.45) {
            let ev = pick(&mut rng, &events[2..]);
            p.met_at = Some(ev.name.clone());
            p.met_on = Some(ev.on);
        } else {
            p.met_on = Some(met_on);
            p.met_at = Some(
                pick(
                    &mut rng,
                    &[
                        "LinkedIn",
                        "una cena tra amici",
                        "un cliente comune",
                        "il coworking",
                        "a conference",
                        "the school gate",
                    ],
                )
                .to_string(),
            );
        }
        if n > 10 && rng.gen_bool(0.18) {
            p.introduced_by = Some(people[rng.gen_range(0..people.len())].id);
        }
        let mut tags = vec![sector.key.replace('_', "-")];
        if rng.gen_bool(0.25) {
            tags.push("bni".into());
        }
        if rng.gen_bool(0.15) {
            tags.push("cliente".into());
        }
        p.tags = tags;
        if rng.gen_bool(0.5) {
            let a = pick(&mut rng, INTERESTS);
            let b = pick(&mut rng, sector.topics);
            p.notes = Some(if italian {
                format!("Appassionato di {a}; si occupa di {b}.")
            } else {
                format!("Into {a}; works on {b}.")
            });
        }
        if n % 97 == 50 {
            p.status = Status::RedFlag;
            p.status_reason = Some("chiede sempre, non dà mai".into());
        }
        people.push(Person { id: PersonId(n as i64 + 1), data: p });
    }

    // Attendance: whoever was met at an event attended it, plus a few more.
    for person in &people {
        if let Some(ev) = events.iter_mut().find(|e| Some(&e.name) == person.met_at.as_ref()) {
            ev.data.attendees.push(person.id);
        }
    }
    for ev in events.iter_mut().filter(|e| e.on <= today) {
        for _ in 0..rng.gen_range(2..8) {
            let id = people[rng.gen_range(0..people.len())].id;
            if !ev.attendees.contains(&id) {
                ev.data.attendees.push(id);
            }
        }
    }

    let mut interactions: Vec<Interaction> = Vec::new();
    let mut add_interaction = |data: InteractionData| {
        let id = InteractionId(interactions.len() as i64 + 1);
        interactions.push(Interaction { id, data });
    };
    for person in &people {
        let Some(met_on) = person.met_on else { continue };
        let since = (today - met_on).num_days().max(1) as u64;
        let (count, cadence) = match person.tier {
            Tier::Inner => (rng.gen_range(10..24), 14),
            Tier::Close => (rng.gen_range(4..12), 30),
            Tier::Network => (rng.gen_range(0..4), 90),
            Tier::Archived => (1, 365),
        };
        // The first encounter itself.
        add_interaction(InteractionData {
            kind: if person.met_at.as_deref().is_some_and(|m| events.iter().any(|e| e.name == m)) {
                InteractionKind::Event
            } else {
                InteractionKind::Meeting
            },
            on: met_on,
            with: vec![person.id],
            topics: Some(pick(&mut rng, MEETING_TOPICS).to_string()),
            notes: None,
            purpose: Some(Purpose::Social),
            by: Initiator::Me,
        });
        for _ in 0..count {
            // Recent contacts are likelier for closer tiers; some ties go cold.
            let back = rng.gen_range(1..since.min(cadence * 8).max(2));
            let kind = *pick(
                &mut rng,
                &[
                    InteractionKind::Call,
                    InteractionKind::Message,
                    InteractionKind::OneToOne,
                    InteractionKind::Meeting,
                    InteractionKind::Message,
                ],
            );
            let purpose = *pick(&mut rng, &[Purpose::Give, Purpose::Social, Purpose::Social, Purpose::Ask]);
            add_interaction(InteractionData {
                kind,
                on: days_ago(today, back),
                with: vec![person.id],
                topics: Some(pick(&mut rng, MEETING_TOPICS).to_string()),
                notes: None,
                purpose: Some(purpose),
                // Their unanswered messages are this week's stories, not noise.
                by: if kind != InteractionKind::Message && rng.gen_bool(0.3) { Initiator::Them } else { Initiator::Me },
            });
        }
    }
    // This week's stories, so today's agenda has something to say.
    let story = |i: usize| people[(i * 37 + 11) % people.len()].id;
    add_interaction(InteractionData {
        kind: InteractionKind::Meeting,
        on: days_ago(today, 1),
        with: vec![story(1)],
        topics: Some("nuovo sito web per lo studio".into()),
        notes: Some("cerca un fotografo".into()),
        purpose: Some(Purpose::Social),
        by: Initiator::Me,
    });
    add_interaction(InteractionData {
        kind: InteractionKind::SpeedDate,
        on: days_ago(today, 3),
        with: vec![story(2)],
        topics: Some("export in Germania".into()),
        notes: None,
        purpose: Some(Purpose::Social),
        by: Initiator::Me,
    });
    add_interaction(InteractionData {
        kind: InteractionKind::Message,
        on: days_ago(today, 2),
        with: vec![story(3)],
        topics: Some("richiesta di un preventivo".into()),
        notes: None,
        purpose: Some(Purpose::Ask),
        by: Initiator::Them,
    });
    for k in 0..3 {
        add_interaction(InteractionData {
            kind: InteractionKind::Call,
            on: days_ago(today, 20 + 30 * k),
            with: vec![story(4)],
            topics: Some("un contatto in banca".into()),
            notes: None,
            purpose: Some(Purpose::Ask),
            by: Initiator::Me,
        });
    }

    let mut exchanges: Vec<Exchange> = Vec::new();
    for i in 0..160 {
        let person = people[rng.gen_range(0..people.len())].id;
        let direction = if rng.gen_bool(0.55) { Direction::Given } else { Direction::Received };
        let kind = *pick(&mut rng, ExchangeKind::ALL);
        let on = days_ago(today, rng.gen_range(1..700));
        let amount_cents = (kind == ExchangeKind::Business).then(|| rng.gen_range(5..300) * 10_000);
        let thanked_on =
            (direction == Direction::Received && rng.gen_bool(0.8)).then(|| on + Days::new(rng.gen_range(0..4)));
        exchanges.push(Exchange {
            id: ExchangeId(i + 1),
            data: ExchangeData { direction, kind, person, on, amount_cents, note: None, thanked_on },
        });
    }
    // Two received referrals not yet thanked, and one person who gives a lot.
    for (k, back) in [(5usize, 4u64), (6, 12)] {
        exchanges.push(Exchange {
            id: ExchangeId(exchanges.len() as i64 + 1),
            data: ExchangeData {
                direction: Direction::Received,
                kind: ExchangeKind::Referral,
                person: story(k),
                on: days_ago(today, back),
                amount_cents: None,
                note: Some("cliente per un sito e-commerce".into()),
                thanked_on: None,
            },
        });
    }
    for back in [40u64, 95, 150] {
        exchanges.push(Exchange {
            id: ExchangeId(exchanges.len() as i64 + 1),
            data: ExchangeData {
                direction: Direction::Received,
                kind: ExchangeKind::Introduction,
                person: story(7),
                on: days_ago(today, back),
                amount_cents: None,
                note: None,
                thanked_on: Some(days_ago(today, back - 1)),
            },
        });
    }

    let mut followups: Vec<Followup> = Vec::new();
    let texts = [
        "mandare la proposta",
        "presentarle il commercialista",
        "send the case study",
        "chiamare per il caffè",
        "inviare il catalogo",
        "ringraziare per la referenza",
    ];
    for (i, text) in texts.iter().enumerate() {
        let person = story(10 + i);
        let due = if i < 2 { days_ago(today, 3 + i as u64) } else { today + Days::new(i as u64 * 3) };
        followups.push(Followup {
            id: FollowupId(i as i64 + 1),
            data: FollowupData {
                person,
                due,
                text: text.to_string(),
                origin: Origin::Manual,
                done_on: None,
                snoozed_until: None,
            },
        });
    }
    for i in 0..20 {
        let person = people[rng.gen_range(0..people.len())].id;
        let due = days_ago(today, rng.gen_range(10..600));
        followups.push(Followup {
            id: FollowupId(followups.len() as i64 + 1),
            data: FollowupData {
                person,
                due,
                text: pick(&mut rng, &texts).to_string(),
                origin: if i % 2 == 0 { Origin::Rule } else { Origin::Manual },
                done_on: Some(due),
                snoozed_until: None,
            },
        });
    }

    let mut milestones: Vec<Milestone> = Vec::new();
    for i in 0..24 {
        let person = people[rng.gen_range(0..people.len())].id;
        let kind = *pick(
            &mut rng,
            &[MilestoneKind::NewJob, MilestoneKind::Promotion, MilestoneKind::Award, MilestoneKind::Anniversary],
        );
        let on = if i < 3 { days_ago(today, 2 + i * 4) } else { days_ago(today, rng.gen_range(20..700)) };
        let note = match kind {
            MilestoneKind::NewJob => Some("nuovo ruolo".to_string()),
            MilestoneKind::Promotion => Some("promossa a partner".to_string()),
            MilestoneKind::Award => Some("premio innovazione".to_string()),
            _ => None,
        };
        milestones.push(Milestone { id: MilestoneId(i as i64 + 1), data: MilestoneData { person, kind, on, note } });
    }

    let mut backup = Backup { people, interactions, exchanges, followups, milestones, events, ..Backup::empty() };
    for ev in &mut backup.events {
        ev.data.attendees.sort();
    }
    backup.canonicalize();
    backup
}

/// What a member of each sector offers in the demo community: specific
/// phrases, as a good profile has them.
const OFFERS: &[(&str, &[&str])] = &[
    ("legal", &["contratti commerciali", "diritto societario per startup", "adeguamento GDPR"]),
    ("accounting", &["consulenza fiscale per PMI", "bilanci e dichiarazioni", "bandi e finanza agevolata"]),
    ("marketing", &["strategia social media", "lancio di nuovi prodotti", "brand identity"]),
    ("web", &["sviluppo siti web", "e-commerce per negozi", "SEO tecnica"]),
    ("it_services", &["sicurezza informatica", "migrazione al cloud", "backup aziendali"]),
    ("real_estate", &["ricerca uffici in affitto", "valutazioni immobiliari"]),
    ("finance", &["finanziamenti per startup", "gestione della liquidità"]),
    ("insurance", &["polizze per professionisti", "welfare aziendale"]),
    ("design", &["progettazione di showroom", "grafica e logo"]),
    ("photography", &["fotografia aziendale", "video per eventi", "ritratti professionali"]),
    ("translation", &["traduzioni tecniche", "interpretariato per fiere"]),
    ("manufacturing", &["lavorazioni meccaniche su misura", "automazione industriale"]),
    ("hr", &["selezione del personale", "formazione manageriale", "coaching"]),
    ("food", &["catering per eventi aziendali", "degustazioni di vini"]),
];

/// The demo community: members' public profiles (ids from 1), some of
/// them opted out, and your own profile (`ME`).
pub fn community(seed: u64, count: usize) -> Vec<rete_core::grow::MemberProfile> {
    use rete_core::grow::{MemberProfile, ME};
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5eed);
    let mut me = MemberProfile::empty(ME, "Tu", Lang::It);
    me.offers = vec!["sviluppo siti web".into(), "e-commerce per negozi".into()];
    me.seeks = vec![
        "servizi fotografici per il catalogo".into(),
        "consulenza fiscale per PMI".into(),
        "traduzioni tecniche".into(),
    ];
    me.interests = vec!["vela".into(), "jazz".into()];
    me.sector = Some("web".into());
    me.city = Some("Milano".into());
    let mut out = vec![me];
    for id in 1..=count as u64 {
        let (sector, offers) = pick(&mut rng, OFFERS);
        let mut p = MemberProfile::empty(id, "", Lang::It);
        let first = if rng.gen_bool(0.5) { pick(&mut rng, IT_MEN) } else { pick(&mut rng, IT_WOMEN) };
        p.name = format!("{first} {}", pick(&mut rng, IT_SURNAMES));
        p.offers = offers.iter().filter(|_| rng.gen_bool(0.7)).map(|s| s.to_string()).collect();
        if p.offers.is_empty() {
            p.offers.push(offers[0].to_string());
        }
        for _ in 0..rng.gen_range(1..4) {
            let (other, wanted) = pick(&mut rng, OFFERS);
            if other != sector {
                p.seeks.push(pick(&mut rng, wanted).to_string());
            }
        }
        p.interests = (0..rng.gen_range(1..4)).map(|_| pick(&mut rng, INTERESTS).to_string()).collect();
        p.sector = Some(sector.to_string());
        p.city = Some(pick(&mut rng, IT_CITIES).to_string());
        p.opt_in = !rng.gen_bool(0.05);
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_is_reproducible_and_realistic() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let a = generate(7, 300, today);
        let b = generate(7, 300, today);
        assert_eq!(a, b, "same seed, same network");
        assert_eq!(a.people.len(), 300);
        for tier in Tier::ALL {
            assert!(a.people.iter().any(|p| p.tier == *tier), "no one in {tier}");
        }
        assert!(a.people.iter().any(|p| p.name.contains('ò') || p.name.contains('\'')), "Italian names");
        assert!(a.people.iter().any(|p| EN_SURNAMES.iter().any(|s| p.name.ends_with(s))), "English names");
        let oldest = a.interactions.iter().map(|i| i.on).min().unwrap();
        assert!((today - oldest).num_days() > 365, "two years of history");
        assert!(a.interactions.iter().all(|i| i.on <= today), "no interaction in the future");
        assert!(a.exchanges.iter().any(|e| e.direction == Direction::Received && e.thanked_on.is_none()));
        let mut emails: Vec<_> = a.people.iter().flat_map(|p| p.emails.clone()).collect();
        let n = emails.len();
        emails.sort();
        emails.dedup();
        assert_eq!(n, emails.len(), "e-mails must be unique");
    }
}
