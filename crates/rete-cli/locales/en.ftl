## error
error-locked = another program is writing to { $db } and did not finish within 10 seconds; nothing was changed, try again when it is done
error-read_only = { $db } is read-only (the file or its folder cannot be written); nothing was changed
error-bad_date = --{ $field }: '{ $value }' is not a date; write YYYY-MM-DD, today, yesterday, tomorrow, or an offset from today such as +3d, -2w, +1m (days, weeks, months)
error-date_happened_late = --{ $field }: { $value } is in the future; a contact, a meeting or an exchange can be dated tomorrow ({ $bound }) at the latest
error-date_too_early = --{ $field }: { $value } is before { $bound }; rete keeps dates from 1900 on
error-date_planned_late = --{ $field }: { $value } is more than 10 years ahead; the latest date allowed is { $bound }
error-date_snooze_past = --{ $field }: { $value } is in the past; a follow-up can be put off to today ({ $bound }) or later
error-date_thank_early = --{ $field }: { $value } is before the exchange itself ({ $bound })
error-no_database = database { $path } does not exist; create it with `rete --db { $path } init`
error-not_found = { $what } { $id } not found
error-no_person = person: nobody is called '{ $name }'
error-ambiguous_person = person: '{ $name }' could be several people; write an id, or the name with the company as listed: { $list }

## noun
noun-person = person
noun-interaction = interaction
noun-exchange = exchange
noun-follow-up = follow-up
noun-event = event
noun-milestone = milestone
noun-database = database
noun-community = community
noun-introduction = introduction

## init
init-ready = Database ready: { $path }

## person
person-delete_confirm = Delete { $name } (#{ $id }) with what is only theirs (interactions only with them: { $interactions }, exchanges: { $exchanges }, follow-ups: { $followups }, milestones: { $milestones })? On the SQLite file, rete undo brings it all back. [y/N]{" "}
person-delete_needs_yes = deleting { $name } (#{ $id }) removes what is only theirs; add --yes to confirm
person-deleted = Deleted { $name } (#{ $id }) with what was only theirs: interactions { $interactions }, exchanges { $exchanges }, follow-ups { $followups }, milestones { $milestones } (rete undo brings it back)
person-kept = Nothing deleted
person-updated = Updated { $name } (#{ $id })
person-archived = Archived { $name } (#{ $id }): kept, with no more nudges
person-merged = Merged { $gone } (#{ $gone_id }) into { $name } (#{ $id })
person-balance = { $given } given, { $received } received (last 12 months)
person-never = never
person-recent = Recent interactions
person-count = { $count ->
        [one] 1 person
       *[other] { $count } people
    }
person-they_only_ask = one-sided: they asked { $asks ->
        [one] once
       *[other] { $asks } times
    } this year and gave nothing back
person-you_only_ask = one-sided: you asked { $asks ->
        [one] once
       *[other] { $asks } times
    } this year and gave nothing

## field
field-id = id
field-name = name
field-company = company
field-role = role
field-department = department
field-city = city
field-given_name = given name
field-family_name = family name
field-nickname = nickname
field-address = address
field-sector = sector
field-tier = tier
field-emails = e-mails
field-phones = phones
field-tags = tags
field-birthday = birthday
field-met = met
field-introduced_by = introduced by
field-links = links
field-notes = notes
field-status = status
field-balance = balance
field-last_contact = last contact
field-date = date
field-kind = kind
field-topics = topics
field-direction = direction
field-person = person
field-amount = amount
field-thanked = thanked
field-due = due
field-text = what
field-state = state
field-place = place
field-attendees = attendees
field-strength = strength
field-signal = signal

## tier
tier-inner = inner circle
tier-close = close
tier-network = network
tier-archived = archived

## status
status-active = active
status-red-flag = red flag

## kind
kind-meeting = meeting
kind-call = call
kind-message = message
kind-one-to-one = one-to-one
kind-event = event
kind-speed-date = speed date

## exchange
exchange-referral = referral
exchange-introduction = introduction
exchange-advice = advice
exchange-favour = favour
exchange-business = closed business

## direction
direction-given = given
direction-received = received

## milestone
milestone-updated = Milestone { $id } updated
milestone-deleted = Deleted milestone { $id }
milestone-birthday = birthday
milestone-new-job = new job
milestone-promotion = promotion
milestone-award = award
milestone-anniversary = anniversary
milestone-added = Milestone { $id }: { $kind } for { $name }

## log
log-updated = Interaction { $id } updated
log-deleted = Deleted interaction { $id }: { $kind } with { $names } on { $on }
log-usage = say what it was and with whom, for example: rete log meeting --with "Anna Rossi" (kinds: meeting, call, message, one-to-one, event, speed-date); rete log list shows those logged
log-done = Logged { $id }: { $kind } with { $names } on { $on }

## ledger
ledger-updated = Exchange { $id } updated
ledger-deleted = Deleted exchange { $id }: { $kind } with { $name } on { $on }
ledger-given = Exchange { $id }: { $kind } given to { $name }
ledger-received = Exchange { $id }: { $kind } received from { $name }; remember to thank (rete thank { $id })
ledger-amount_read = Amount: { $amount }
ledger-thanked = Exchange { $id }: you thanked { $name } on { $on }

## followup
followup-updated = Follow-up { $id } updated
followup-deleted = Deleted follow-up { $id }: { $text }
followup-added = Follow-up { $id } with { $name }, due { $due }
followup-done_on = done { $on }
followup-overdue = overdue
followup-today = today
followup-completed = Follow-up { $id } done: { $text }
followup-snoozed = Follow-up { $id } snoozed until { $until }

## event
event-updated = Event { $name } (#{ $id }) updated
event-deleted = Deleted event { $name } (#{ $id }); the people you met there stay in your network
event-invite_whom = invite: name the members, or --all
event-invited = { $name }: { $count ->
        [one] 1 member invited
       *[other] { $count } members invited
    } ({ $total } in all)
event-attended = { $name }: { $count ->
        [one] 1 attendee
       *[other] { $count } attendees
    }

## search
search-none = Nobody matches '{ $query }'

## import
import-bad_json = { $file }: line { $line }, column { $column }: not a rete backup: { $error }
import-restored = Restored: people { $people }, interactions { $interactions }, exchanges { $exchanges }, follow-ups { $followups }, milestones { $milestones }, events { $events }, communities { $communities } with profiles { $profiles }, introduction requests { $intros }

## demo
demo-login = Sign in as { $email } with the password { $password }.
demo-matches = Your best give-give matches in { $name } (rete matches):
demo-not_empty = { $path } already holds a network; the demo needs a new or empty database
demo-built = Demo network built in { $path }
demo-people = people
demo-summary = { $people } people, { $interactions } interactions, { $events } events. Ledger: { $given } given, { $received } received, { $unthanked } not yet thanked. Follow-ups: { $open } open, { $overdue } overdue.
demo-birthdays = Birthdays in the next two weeks:
demo-next = Explore it: rete { $db } today, rete { $db } person list, rete { $db } search vela

## today
today-title = Today, { $date }: { $count ->
        [one] 1 thing to do
       *[other] { $count } things to do
    }
today-nothing = Nothing to do today: a good day to give something to someone.
today-due = due
today-action = action
today-person = person
today-why = why
today-overdue_since = since { $date }
today-more = … and { $count } more (rete today)

## audit
audit-clean = No classic mistake shows in your data. Keep giving.
audit-plan_written = Action plan written to { $path }
audit-answers_count = answers: expected { $expected } answers, got { $got }
audit-answers_bad = answers: answer { $n } ('{ $value }') is not yes or no
audit-answers_eof = answers: the input ended at question { $n }

## contacts
contacts-reading = Reading { $file } and matching it against your network
contacts-line_too_long = { $file }: line { $line } is longer than { $mib } MB, which no address book's line is; nothing was imported
contacts-writing = Writing { $count ->
        [one] 1 person
       *[other] { $count } people
    }
contacts-done = Imported { $file }:
contacts-dry_run = Dry run of { $file }, nothing written:
contacts-summary = created { $created }, merged { $merged }, unchanged { $unchanged }, rejected { $rejected }
contacts-duplicates_in_file = {" "}(duplicate records in the file: { $count })
contacts-encoding = { $file } declares no encoding and is not UTF-8: read as { $encoding }
contacts-guessed = { $file } looks like { $kind } (rete import { $command })
contacts-unrecognised = { $file }: not a file rete can import; looked for a vCard (BEGIN:VCARD), a rete JSON backup, or the CSV header of a LinkedIn export (First Name, Last Name, Company, Position, Connected On), of Google Contacts (First Name, Last Name with Labels, E-mail 1 - Value or Phone 1 - Value) or of Outlook (First Name, Last Name, E-mail Address; in Italian Nome, Cognome, Indirizzo posta elettronica)
contacts-guess_stdin = standard input: name the kind, for example rete import vcard -
contacts-kind-vcard = a vCard file
contacts-kind-linkedin = a LinkedIn connections export
contacts-kind-google = a Google Contacts export
contacts-kind-outlook = an Outlook contacts export
contacts-kind-json = a rete backup
contacts-warning-not_a_date = { $field }: '{ $value }' is not a date; the contact is kept with the field empty
contacts-warning-not_decoded = { $field }: '{ $value }' is not valid text in its encoding; the contact is kept without it
contacts-warning-nested_card = { $field }: a card nested inside this one ({ $value }) is not imported; the card itself is
contacts-warning-not_read = { $field }: '{ $value }' cannot be read; the contact is kept without it
contacts-other_person = { $name } (#{ $id })
contacts-other_line = { $name } (line { $line })
contacts-possible_duplicate_phone = shares the phone { $value } with { $other } but the names differ: kept apart; if they are one person, rete person merge
contacts-possible_duplicate_email = shares the e-mail { $value } with { $other } but the names differ: kept apart (the address stays with the first); if they are one person, rete person merge
contacts-region_assumed = phone numbers without a country code, read as dialled in { $region } (--region): { $count }

## grow
grow-webhook_set = { $name }: pairings are announced on the webhook
grow-webhook_none = { $name }: no webhook (pairings go by e-mail only)
grow-no_community = community: you belong to none yet; create one with rete community add NAME
grow-which_community = community: which one? --community { $names }
grow-unknown_community = community: you have none called '{ $name }'; yours are: { $names } (rete community add NAME creates one)
grow-unknown_community_none = community: you have none called '{ $name }', nor any other yet; create it with rete community add NAME
grow-community_ready = Community { $name } (#{ $id })
grow-community_line = { $name } (#{ $id }): { $count ->
        [one] 1 profile
       *[other] { $count } profiles
    }
grow-imported = { $count ->
        [one] 1 profile
       *[other] { $count } profiles
    } in { $name }
grow-me = Me
grow-profile_saved = Profile saved in { $name }.
grow-no_profile = profile: you have no profile in { $name }; set one with rete profile set --offer ... --seek ...
grow-opted_out = opted out: you are not matched nor shown
grow-you_opted_out = profile: you opted out of matching (rete profile set --opt-in)
grow-specific_enough = Your profile is specific: people will know what to ask you and what to offer you.
grow-offers = offers
grow-seeks = seeks
grow-interests = interests
grow-no_matches = No match in { $name } yet: sharpen your profile (rete profile check).
grow-col-name = name
grow-col-score = score
grow-col-city = city
grow-col-why = why
grow-check-no_offers = You offer nothing yet: add two or three specific services, skills or contacts (--offer).
grow-check-few_offers = One offer is little: add another, specific one (what, for whom).
grow-check-no_seeks = You seek nothing: nobody can give to you. Say what you are looking for (--seek).
grow-check-empty_phrase = '{ $phrase }' says nothing the matching can read: use concrete words.
grow-check-generic = '{ $phrase }' is too generic ({ $percent }% of the community uses the same word): say what, for whom, in which field, e.g. 'consulenza GDPR per studi medici'.
grow-check-no_interests = No interests: shared ones open conversations (--interest).

## intro
intro-you = you
intro-known_well = You already know { $name } well (tie strength { $strength }/100): no introduction needed, write to them yourself.
intro-known_inner = { $name } is in your inner circle: no introduction needed, write to them yourself.
intro-known_close = { $name } is among your close people: no introduction needed, write to them yourself.
intro-no_path = Nobody in your network is linked to { $name } yet: log who you meet together, events, companies and who introduced whom.
intro-paths_to = Who can introduce you to { $name }:
intro-via = via { $name } (path strength { $strength }%)
intro-next = Ask: rete intro ask { $target } --via { $via } --why "..."
intro-recorded = Recorded as introduction #{ $id }: when it happens, rete intro done { $id }
intro-declined = Noted: { $via } will not introduce you to { $target }.
intro-made = { $via } introduced you to { $target }: it is in the ledger (thank them), and a follow-up to write to { $target } is due { $due }.
intro-col-target = to meet
intro-col-via = via
intro-col-status = status
intro-status-asked = asked
intro-status-made = made
intro-status-declined = declined

## plan
plan-method-single_table = everyone at one table
plan-method-affine_geometry = affine geometry over a finite field
plan-method-transversal_design = resolvable transversal design
plan-method-cyclic_design = cyclic resolvable design
plan-method-group_divisible_design = resolvable group divisible design
plan-method-tripling = Kirkman triple system tripled from a smaller one
plan-method-local_search = tabu search
plan-method-design_then_local_search = a design, then tabu search
plan-method-max_weight_matching = maximum-weight matching of give-give scores, round by round
plan-method-matching_then_round_robin = maximum-weight matchings, then a round-robin rotation
plan-method-round_robin = round-robin rotation
plan-tables_of = { $count ->
        [one] 1 table of { $size }
       *[other] { $count } tables of { $size }
    }
plan-and = {" "}and{" "}
plan-or = {" "}or{" "}
plan-offer = With { $current }, no known construction gives { $rounds } rounds without repeats; with { $mix } one does: at smaller tables everyone meets fewer people a round, so there are new people left to meet for more rounds. To let rete choose between both sizes: --tables { $sizes }.
plan-chosen = Of the sizes allowed, { $mix } reach { $rounds } rounds without repeats; with fewer tables ({ $fewer }) no known construction does.
plan-beyond_known = With these tables no known construction gives { $rounds } rounds without repeats, and the search found nothing better: the plan keeps repeats to the minimum it found.
plan-beyond_best = With these tables the best known schedules reach { $best } rounds without repeats (Miller, Barr, Kavanagh, Valkov & Purchase, Symmetry 13(1):13, 2021; Miller, Valkov & Abel, Symmetry 18(2):269, 2026): { $rounds } rounds are beyond the best known, so the plan keeps repeats to the minimum the search found. For no repeats, plan { $best } rounds.
plan-short_of_best = With these tables the literature seats { $rounds } rounds without repeats (best known: { $best } rounds; Miller et al., Symmetry 2021 and 2026), but rete does not build that design yet: the plan keeps repeats to the minimum the search found.
plan-bad_tables = tables: give one size or two adjacent ones, each at least 3 (for example 4,5)
plan-no_mix = tables: { $people } people cannot all be seated at tables of { $sizes }
plan-summary = { $people } people, { $rounds ->
        [one] 1 round
       *[other] { $rounds } rounds
    }, every round { $mix }.
plan-quality = Repeated pairs: { $repeats }; new pairs met: { $pairs } ({ $method }).
plan-beyond = At most { $bound } rounds can be free of repeats with these numbers; for { $rounds } rounds the plan keeps repeats to the minimum it found.
plan-round = Round { $n }
plan-rest = rests
plan-itinerary = Itinerary (table in each round):
plan-nobody = { $name }: fewer than two participants; add attendees (rete event attend) or invite members (rete event invite)
plan-saved = Saved as the seating of { $name }: after the event, rete event debrief brings whom you met into your network.
plan-col-table = table
plan-col-people = people
plan-col-who = who

## pairing
pairing-bad_every = every: '{ $value }' is not a period (14d, 2w, 1m)
pairing-not_due = { $name }: last pairing on { $last }; the next is due on { $due } (--force to pair now)
pairing-too_few = { $name }: fewer than two members who opted in
pairing-header = { $name }, pairing of { $date }: { $count ->
        [one] 1 group
       *[other] { $count } groups
    }
pairing-dry_run = Dry run: nothing stored, nobody told.
pairing-next = Stored and announced. Next run due on { $date }.
pairing-failed = not delivered: { $what }
pairing-some_failed = { $count ->
        [one] 1 announcement was
       *[other] { $count } announcements were
    } not delivered; the pairs are stored, tell them by hand
pairing-no_smtp = { $count ->
        [one] 1 e-mail
       *[other] { $count } e-mails
    } not sent: add an [smtp] section to config.toml
pairing-none_yet = { $name }: no pairing yet (rete pairing run --community ...)
pairing-offers = offers
pairing-seeks = looking for
pairing-subject = [{ $community }] This round you meet: { $names }
pairing-hello = Hi { $names },
pairing-intro = { $community }'s pairing puts you together this round. Find half an hour for a coffee or a call before { $by }.
pairing-why = Why you:
pairing-bye = Enjoy the conversation, and give before you ask.
pairing-col-group = #
pairing-col-who = who
pairing-col-why = why

## debrief
debrief-not_yet = { $name } is on { $date }, still to come: debrief it after you have been there
debrief-no_plan = { $name }: no seating plan saved; plan it first (rete plan --event "{ $name }" ...)
debrief-not_seated = { $name }: you were not seated in the plan (planned --without-me)
debrief-alone = { $name }: nobody sat with you
debrief-header = { $count ->
        [one] { $name } ({ $date }): you met one person
       *[other] { $name } ({ $date }): you met { $count } people
    }
debrief-new = new in your network
debrief-next = Follow-ups scheduled: thank-yous due { $thank }, one-to-one proposals due { $one_to_one } (rete today).
debrief-col-rounds = rounds

## suggest
suggest-none = No events in the next { $days ->
        [one] day
       *[other] { $days } days
    } (rete event add).
suggest-no_profile = Tip: a community profile with what you seek and care about (rete profile set) lets rete judge the topics.
suggest-col-fit = fit

## list
list-more = … and { $count } more (--limit 0 shows all)

## backup
backup-written = Copied { $db } to { $file } ({ $kib } KiB), consistent even while rete was in use; put it back with rete restore { $file }
backup-postgres = rete backup and rete restore copy a SQLite file; on PostgreSQL use the server's tools: pg_dump --format=custom --file { $file } "$RETE_DATABASE_URL" to back up, pg_restore --clean --dbname "$RETE_DATABASE_URL" { $file } to restore (docs/reliability.md)
backup-no_file = { $file }: no such file
backup-restore_needs_yes = restoring replaces everything in { $db }; add --yes to confirm
backup-restore_confirm = Replace everything in { $db } with the copy in { $file }? [y/N]{" "}
backup-restored = { $db } now holds the copy from { $file }:

## serve
serve-bad_addr = --addr: '{ $addr }' is not an address to listen on; write HOST:PORT, such as 127.0.0.1:7878
serve-cannot_bind = cannot listen on { $addr }
serve-listening = rete is serving { $url } (database: { $db }); Ctrl-C stops it
serve-link =
    Sign in once with this link (valid for 15 minutes): { $url }
    Or give your account a password: rete account set-password --email you@example.com

## account
account-prompt = New password:{" "}
account-no_terminal = no terminal to ask the password at; pass it on standard input with --password-stdin
account-password_set = The local account now signs in to `rete serve` as { $email }.

## digest
digest-no_smtp = no [smtp] relay in the config file: rete needs one to send e-mail (see docs/cli.md)
digest-sent = Digests sent: { $sent }; failed: { $failed }
digest-some_failed = { $failed } digests were not sent: rete digest log says why; they are tried again
digest-no_login = the local account has no login yet: give it one first (rete account set-password --email you@example.com)
digest-on = The daily digest is on, at { $hour }:00 (time zone: { $zone }).
digest-off = The daily digest is off.

## timeline
timeline-empty = Nothing recorded yet.
timeline-col-record = record
timeline-col-what = what
timeline-with_others = { $count ->
        [one] with one other
       *[other] with { $count } others
    }
timeline-thanked_on = thanked on { $date }
timeline-not_thanked = not yet thanked
timeline-done_on = done on { $date }
timeline-due_on = due { $date }
timeline-intro_to = introduction to { $target } through { $via }
timeline-intro_asked = asked
timeline-intro_made = made
timeline-intro_declined = declined
timeline-correct = To correct a record: rete log edit ID, rete ledger edit ID, rete followup edit ID, rete milestone edit ID (or delete).
person-add_new_hint = If this is someone else of the same name, add them with --new; afterwards write 'Name (Company)' to tell them apart.
person-timeline_hint = Everything recorded, with ids: rete person timeline { $id }

## undo
undo-nothing = Nothing to undo: no command of yours has changed anything since the journal began (rete undo keeps the last 20).
undo-done = Undone: `{ $command }` of { $at } UTC ({ $count ->
        [one] 1 change
       *[other] { $count } changes
    } taken back).
undo-next = rete undo again would take back `{ $command }`.
undo-postgres = rete undo works on the SQLite file; on PostgreSQL, restore a pg_dump copy (docs/reliability.md).
undo-not_recorded = the change was made, but rete undo will not be able to take it back: { $error }

## store
store-waiting = another program is writing to { $path }; waiting for it to finish (10 seconds at most)…
config-missing = RETE_CONFIG names { $path }, which does not exist
config-invalid = { $path }: the configuration cannot be read: { $detail }
config-unreadable = { $path }: cannot read the configuration: { $detail }
