## noun
noun-person = person
noun-interaction = interaction
noun-exchange = exchange
noun-follow-up = follow-up
noun-event = event
noun-milestone = milestone
noun-community = community
noun-introduction = introduction
noun-token = token
noun-user = user
noun-account = account
noun-profile = your profile in community

## error
error-not_an_action = not an action of the agenda
error-not_theirs = not about this person
error-bad_file = { $file }, line { $line }: { $message }
error-thank_given = Exchange { $id } is something you gave: thanks are for what you received
error-not_found = { $what } { $key } not found
error-ambiguous = '{ $key }' could be several people; choose one by id: { $list }
error-ambiguous_event = '{ $key }' could be several events; choose one by id: { $list }
error-invalid = { $field }: { $message }
error-email_taken = An account with this e-mail address already exists.
error-unauthenticated = Please sign in.
error-bad_credentials = The e-mail address or the password is wrong.
error-forbidden = This key may not do that.
error-rate_limited = Too many attempts. Try again in { $minutes } min.
error-registration_closed = Registration is closed on this server; ask its organiser for an invitation.
error-busy = The database is busy with another change; nothing was saved, try again in a moment.
error-read_only = The database is read-only; nothing was saved.
error-internal = Something went wrong on our side; nothing was saved.
error-bad_date = { $field }: '{ $value }' is not a date; write YYYY-MM-DD, today, yesterday, tomorrow, or an offset such as +3d, -2w, +1m
error-date_happened_late = { $field }: { $value } is in the future; a contact, a meeting or an exchange can be dated tomorrow ({ $bound }) at the latest
error-date_too_early = { $field }: { $value } is before { $bound }; rete keeps dates from 1900 on
error-date_planned_late = { $field }: { $value } is more than 10 years ahead; the latest date allowed is { $bound }
error-date_snooze_past = { $field }: { $value } is in the past; a follow-up can be put off to today ({ $bound }) or later
error-date_thank_early = { $field }: { $value } is before the exchange itself ({ $bound })

## password
password-too_short = use at least { $min } characters
password-too_long = use at most { $max } characters
password-too_common = this password is among the most used ones; choose another
password-like_email = the password must not be your e-mail address

## field
field-email_invalid = enter an e-mail address such as name@example.com
field-required = this field is required
field-too_long = at most { $max } characters
field-between = between { $min } and { $max }

## quiz
quiz-answers_count = answer each of the { $expected } questions with yes or no ({ $got ->
        [one] 1 answer given
       *[other] { $got } answers given
    })

## grow
grow-me = Me
grow-invitation_invalid = This invitation is unknown, has expired or has been used up: ask the organiser for a new one.
grow-organiser_stays = You organise this community, so you cannot leave it.
grow-no_profile = You have no profile in { $name } yet: say what you offer and what you seek first.
grow-you_opted_out = You opted out of matching in this community; opt in again to see your matches.
grow-bad_webhook = '{ $url }' is not an http(s) address
grow-too_many = at most { $max } phrases
grow-check-no_offers = You offer nothing yet: add two or three specific services, skills or contacts.
grow-check-few_offers = One offer is little: add another, specific one (what, for whom).
grow-check-no_seeks = You seek nothing, so nobody can give to you: say what you are looking for.
grow-check-empty_phrase = '{ $phrase }' says nothing the matching can read: use concrete words.
grow-check-generic = '{ $phrase }' is too generic ({ $percent }% of the community uses the same word): say what, for whom, in which field, e.g. 'GDPR consulting for medical practices'.
grow-check-no_interests = No interests yet: shared ones open conversations.

## imports
imports-unknown_kind = '{ $kind }' is not a kind rete imports; use linkedin, vcard, google or outlook
imports-unrecognised = { $file } is none of the files rete imports: it looked for a vCard, a LinkedIn connections export, a Google or an Outlook CSV
imports-backup = { $file } is a rete backup, not an address book: restore it from the account's backup instead
imports-bad_region = '{ $region }' is not a country code; use two letters such as IT or GB
imports-empty = { $file } is empty

## pairing
pairing-too_few = { $name }: fewer than two members who opted in
pairing-offers = offers
pairing-seeks = looking for
pairing-subject = [{ $community }] This round you meet: { $names }
pairing-hello = Hi { $names },
pairing-intro = { $community }'s pairing puts you together this round. Find half an hour for a coffee or a call before { $by }.
pairing-why = Why you:
pairing-bye = Enjoy the conversation, and give before you ask.

## plan
plan-you = you
plan-or = {" "}or{" "}
plan-bad_tables = tables: give one size or two adjacent ones, each at least 3 (for example 4,5)
plan-no_mix = tables: { $people } people cannot all be seated at tables of { $sizes }
plan-nobody = { $name }: fewer than two participants; add the people you met there or invite members

## debrief
debrief-note = met at { $name }
debrief-thank = Thank { $name } for the conversation at { $event }
debrief-one_to_one = Propose a one-to-one to { $name } (met at { $event })

## suggest
suggest-topics = on what you look for: { $topics }
suggest-matches = { $count ->
        [one] one of your best matches attends: { $names }
       *[other] { $count } of your best matches attend: { $names }
    }
suggest-nothing = nothing links it to you yet

## intro
intro-you = you
intro-self = the introducer must be someone other than the person to meet
intro-already = introduction #{ $id } is already { $status }
intro-ledger_note = introduced you to { $name }
intro-followup = Write to { $name }: { $via } introduced you
intro-status-asked = asked
intro-status-made = made
intro-status-declined = declined

## calendar
calendar-followup = A follow-up you promised { $name }
calendar-followup_at = A follow-up you promised { $name } ({ $at })
calendar-birthday = { $name }'s birthday

## auth
auth-invitation_invalid = this invitation is unknown, has expired or has been used up; ask whoever sent it for a new one
auth-invitation_uses = an invitation admits from 1 to { $max } people
auth-invitation_days = an invitation holds from 1 to { $max } days

## settings
settings-bad_lang = choose English or Italian
settings-bad_zone = { $zone } is not a time zone (for example Europe/Rome)
settings-bad_hour = an hour from 0 to 23

## digest
digest-hello = Hello { $name },
digest-intro = here is what to do today:
digest-nothing = Nothing to do today: a good day to meet someone new.
digest-open = Open Today in rete:
digest-why = You receive this because you turned on the daily digest in rete. To stop it:
digest-subject = { $count ->
        [one] rete, { $date }: 1 thing to do
       *[other] rete, { $date }: { $count } things to do
    }

## person
person-same_name = { $name } is already in your network: { $list }
imports-rejected-no_identity = no name, organisation, e-mail or phone
imports-rejected-field_count = { $found } fields where the header has { $expected }
imports-rejected-outside_card = text outside any card
imports-rejected-cut_short = card cut short: no END:VCARD
imports-rejected-unreadable = not a readable vCard
imports-format-vcard = a vCard file
imports-format-linkedin = a LinkedIn connections export
imports-format-google = a Google Contacts CSV export
imports-format-outlook = an Outlook contacts CSV export
imports-format-other = a { $format } file
imports-file-invalid_text = { $file }: line { $line }: the file is not valid { $encoding } text
imports-file-not_format = { $file }: line { $line }: not { $what }: { $why }
imports-file-missing_columns = { $file }: line { $line }: not { $what }: no header with the columns { $columns }
imports-file-csv = { $file }: line { $line }: the CSV cannot be read ({ $message })
imports-not-pdf = it is a PDF document
imports-not-zip = it is a ZIP archive; extract the export from it first
imports-not-image = it is an image
imports-not-binary = it holds binary data
imports-not-no_card = no BEGIN:VCARD found
imports-not-not_a_card = expected BEGIN:VCARD, found '{ $found }'
event-invite_whom = name the members to invite, or invite them all
event-opted_out = { $name } opted out of the community's activities
event-no_member = nobody called '{ $name }' in { $community }
event-ambiguous_member = several members are called '{ $name }'; use the member id
event-no_members = { $community }: no member to invite
