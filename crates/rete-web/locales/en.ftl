## api
api-bad_body = The request is not what this route takes: { $detail }
api-too_large = The request is too large.
api-no_route = There is no such address in the API.

## page
page-title = rete
page-tagline = Keep and grow your professional network.
page-email = E-mail
page-password = Password
page-name = Your name
page-login = Sign in
page-login_title = Sign in to rete
page-register = Create an account
page-register_title = Create your rete account
page-no_account = No account yet?
page-have_account = Already registered?
page-logout = Sign out
page-password_hint = At least 10 characters; a short sentence is easy to remember.
page-hello = Hello, { $name }
page-today = Today
page-nothing_today = Nothing to do today: a good day to meet someone new.
page-overdue = overdue
page-due_today = today
page-people_count = People you keep: { $count }
page-link_used = This sign-in link has been used or has expired. Ask for a new one with `rete serve`.
page-not_found = This page does not exist.
page-cross_site = This form was sent from another site and was refused.
page-api_docs = API reference
page-language = Italiano
page-failed = That did not work
page-back_today = Back to Today
page-offline_title = You are offline
page-offline = rete needs the network to show your people. Your data is safe on the server; try again when you are connected.
page-retry = Try again
page-hello_plain = Hello

## nav
nav-label = Main
nav-skip = Skip to the content
nav-today = Today
nav-people = People
nav-log = Log
nav-followups = Follow-ups
nav-ledger = Ledger
nav-more = More

## notice
notice-digest_test = A test digest is on its way: see the deliveries below.
notice-done = Done. It is off today's list.
notice-snoozed = Put off. It will be back on the day you chose.
notice-logged = Recorded. The keep-in-touch clock starts again from this contact.
notice-added = Added.
notice-saved = Saved.
notice-archived = Archived. rete will not remind you of them again.
notice-deleted = Deleted, with what was only theirs.
notice-merged = Merged: one person now, with everything both had.
notice-thanked = Thanks recorded.
notice-recorded = Recorded in the ledger.
notice-followup = Follow-up added: it will be in Today when it is due.
notice-milestone = Milestone added.
notice-calendar = A new calendar link: the old one no longer works.
notice-password = Password changed. Your other sessions were signed out.
notice-token_revoked = Token revoked.
notice-sessions_ended = Signed out everywhere else.

## today
today-counts = overdue: { $overdue } · due today: { $today }
today-done = Done
today-draft = Draft
today-log = Log
today-snooze = Snooze
today-tomorrow = Tomorrow
today-next_week = Next week
today-until = Until
today-put_off = Put off
today-late_since = due { $date }

## kind
kind-meeting = Meeting
kind-call = Call
kind-message = Message
kind-one-to-one = One-to-one
kind-event = Event
kind-speed-date = Speed networking

## xkind
xkind-referral = Referral
xkind-introduction = Introduction
xkind-advice = Advice
xkind-favour = Favour
xkind-business = Closed business

## mkind
mkind-birthday = Birthday
mkind-new-job = New job
mkind-promotion = Promotion
mkind-award = Award
mkind-anniversary = Anniversary

## tier
tier-inner = Inner circle
tier-close = Close
tier-network = Network
tier-archived = Archived

## log
log-title = Log an interaction
log-kind = What
log-with = With whom
log-with_hint = Start typing a name; pick from your people.
log-which = Several people are called { $name }: which one?
log-create = Add them as a new person if they are not among your people
log-when = When
log-topics = What you talked about
log-topics_hint = A few words: they make the thank-you specific.
log-notes = Notes
log-purpose = Purpose
log-purpose_none = Not said
log-purpose_give = To give (help, an introduction, advice)
log-purpose_ask = To ask
log-purpose_social = To stay in touch
log-by = Who started it
log-by_me = I did
log-by_them = They did
log-save = Record

## first
first-title = Bring your network in
first-why = rete tells you every day whom to thank, whom to call and which ties are going cold. It starts with the people you already know.
first-linkedin = LinkedIn:
first-linkedin_how = Settings → Data privacy → Get a copy of your data → Connections; you receive Connections.csv by e-mail.
first-phone = Your phone's contacts:
first-phone_how = export them as a vCard (.vcf) from Contacts on iPhone or Google Contacts on Android.
first-import = Then import the file:
first-add = Add a person
first-log = Log a meeting

## people
people-sort = Order
people-sort_name = By name
people-sort_strength = Strongest ties first
people-sort_last = Latest contact first
people-title = People
people-add = Add a person
people-search = Search people
people-search_hint = Name, company, tag, notes…
people-search_button = Search
people-filters = Filters
people-tier = Tier
people-any_tier = Any tier
people-tag = Tags
people-company = Company
people-city = City
people-count = { $shown } shown of { $total }
people-none = Nobody matches. Try fewer words or other filters.
people-more = More people
people-clear = Clear the search

## person
person-name = Name
person-company = Company
person-role = Role
person-city = City
person-sector = Sector
person-cadence_days = Keep in touch every (days)
person-emails = E-mail addresses
person-emails_hint = One per line.
person-phones = Phone numbers
person-phones_hint = One per line, with the country code for WhatsApp links (+39 …).
person-tags = Tags (separated by commas)
person-birthday = Birthday (YYYY-MM-DD or MM-DD)
person-met_on = When you met
person-met_at = Where you met
person-links = Links
person-links_hint = One per line: LinkedIn, website…
person-notes = Notes
person-save = Save
person-edit = Edit
person-edit_title = Edit { $name }
person-exchange_title = Gave or received something
person-direction = Direction
person-exchange_kind = What
person-amount = Amount of closed business (euro)
person-amount_hint = Only for closed business, for example 1,250.00.
person-note = Note
person-record = Record
person-followup_title = Promise a follow-up
person-followup_text = What you promised
person-due = By when
person-add_followup = Add the follow-up
person-milestone_title = A milestone of theirs
person-milestone_kind = What
person-add_milestone = Add the milestone
person-other_actions = Archive, merge, delete
person-archive_reason = Why you archive them
person-archive = Archive
person-merge_with = Merge with (the duplicate)
person-merge_preview = Compare before merging
person-merge_title = Merge two people
person-merge_explain = { $gone } will be folded into { $keep }: every interaction, exchange and follow-up moves over, and missing details are filled in. Nothing is written until you confirm.
person-merge_confirm = Merge them
person-merge_self = pick another person: this is the same one
person-delete = Delete this person
person-delete_title = Delete { $name }?
person-delete_warning = Their exchanges, follow-ups, milestones and the interactions nobody else was in go with them. This cannot be undone; archiving keeps everything instead.
person-delete_confirm = Delete for good
person-keep = No, keep them

## card
card-birthday = Birthday
card-cadence = { $days ->
        [one] every day
       *[other] every { $days } days
    }
card-strength = Strength of the tie
card-last_contact = Last contact
card-never = never
card-met = How you met
card-introduced_by = Introduced by
card-balance = Last 12 months
card-balance_value = given { $given } · received { $received }
card-they_only_ask = They have asked { $count ->
        [one] once
       *[other] { $count } times
    } this year and given nothing back: it is fine to say no.
card-you_only_ask = You have asked { $count ->
        [one] once
       *[other] { $count } times
    } this year and given nothing: offer something before the next request.
card-archived = Archived

## timeline
timeline-with_others = { $count ->
        [one] (with one other)
       *[other] (with { $count } others)
    }
timeline-more = { $count ->
        [one] 1 older entry is not shown.
       *[other] { $count } older entries are not shown.
    }
timeline-title = Timeline
timeline-empty = Nothing recorded yet: log your next contact.
timeline-given = Given
timeline-received = Received
timeline-thanked_on = thanked on { $date }
timeline-followup = Follow-up:
timeline-done_on = done on { $date }
timeline-due_on = due { $date }
timeline-intro = Introduction:
timeline-intro_to = to { $target } through { $via }
timeline-intro_asked = asked
timeline-intro_made = made
timeline-intro_declined = declined

## draft
draft-title = A message for { $name }
draft-kinds = Kind of message
draft-kind_thanks = Thank you
draft-kind_follow_up = Follow-up
draft-kind_one_to_one = One-to-one
draft-kind_congrats = Congratulations
draft-kind_reconnect = Reconnect
draft-kind_give = Offer help
draft-text = The message (edit it before sending)
draft-copy = Copy
draft-email = Send by e-mail
draft-log_it = Sent: log it
draft-hint = A message is yours to change: rete only writes the facts it knows.
draft-back = Back to { $name }

## followups
followups-title = Follow-ups
followups-which = Which follow-ups
followups-open = Open
followups-done = Done
followups-overdue_count = Overdue: { $count }
followups-none_open = No promises pending.
followups-none_done = None done yet.
followups-add_hint = Add a follow-up from the person's page, where you made the promise.

## ledger
ledger-title = Ledger
ledger-totals = The last 12 months
ledger-referrals = Referrals
ledger-introductions = Introductions
ledger-help = Advice and favours
ledger-business = Closed business
ledger-amount = Amount
ledger-given = Given
ledger-received = Received
ledger-by_month = Month by month
ledger-month_counts = given { $given } · received { $received }
ledger-unthanked = Not yet thanked
ledger-all_thanked = You have thanked for everything you received.
ledger-thank = Thanked
ledger-owed = People you owe
ledger-owe_nobody = Nobody has given you more than you gave them this year.

## settings
settings-digest = Daily digest
settings-digest_why = Today's agenda by e-mail every morning, at the hour you choose in your time zone.
settings-digest_on = Send me the daily digest
settings-digest_hour = At
settings-digest_no_smtp = This server has no mail relay configured ([smtp]): the digest is kept on, and sent once one is.
settings-digest_test = Send me a test now
settings-digest_log = Deliveries
settings-digest_daily = daily
settings-digest_test_kind = test
settings-status_sent = sent
settings-status_failed = failed
settings-status_sending = sending
settings-next_try = (next try at { $time })
settings-title = Settings
settings-preferences = Language and time zone
settings-language = Language
settings-lang_browser = The browser's
settings-time_zone = Time zone
settings-zone_hint = Your today is { $today }. Leave empty for the server's time zone.
settings-save = Save
settings-calendar = Calendar
settings-calendar_why = Subscribe to your agenda from Google, Apple or Thunderbird calendars: a secret link only you know.
settings-calendar_url = Your calendar link
settings-calendar_once = Copy it now: it is shown only once. A new link stops this one.
settings-calendar_new = Make a new calendar link
settings-password = Password
settings-current_password = Current password
settings-new_password = New password
settings-change_password = Change the password
settings-sessions = Where you are signed in
settings-signed_in_on = since { $date }
settings-end_others = Sign out everywhere else
settings-tokens = API tokens
settings-tokens_why = For scripts and other apps: a token reads (or writes) your data through the API.
settings-token_new = Your new token
settings-token_once = Copy it now: it is shown only once.
settings-token_name = Name of the token
settings-token_scope = What it may do
settings-scope_read = Read only
settings-scope_write = Read and write
settings-token_create = Create a token
settings-revoke = Revoke
settings-data = Your data
settings-data_why = A complete copy of everything you keep, any time: JSON (restores into rete) or vCard (for any address book).
settings-export_json = Download everything (JSON)
settings-export_vcard = Download people (vCard)
settings-delete = Delete the account
settings-delete_warning = Your account and everything in it are deleted for good. Download a copy first.
settings-delete_password = Your password, to confirm
settings-local = The local account
settings-local_why = This is the account of rete on this computer, the one the command line uses. To change its language, password and calendar here, give it an e-mail and a password first:
settings-delete_confirm = Delete my account

## more
more-events = Events
more-events_why = Your events, whom you met there, and the debrief of a speed-networking evening.
more-import = Import
more-import_why = LinkedIn, a phone's contacts, Google or Outlook: see what would change, then import.
more-network = My network
more-network_why = The picture of who knows whom among your people.
more-audit = Audit
more-audit_why = Your habits against the classic networking mistakes, with charts and the self-assessment.
more-settings = Settings
more-settings_why = Language, time zone, calendar link, password, sessions, API tokens, your data.

## audit
audit-numbers = The numbers
audit-title = Audit
audit-why = What your own records say about how you keep your network, compared with the classic mistakes.
audit-findings = What the records show
audit-none = Nothing to fix: your records show none of the classic mistakes.
audit-severity_high = important
audit-severity_medium = worth a look
audit-severity_low = minor
audit-chart_interactions = Contacts per month
audit-contacts = contacts
audit-chart_ledger = Given and received per quarter
audit-chart_tiers = People by tier
audit-people = people
audit-chart_strength = People by strength of the tie
audit-quiz = Self-assessment
audit-quiz_why = Seventeen questions on the classic networking mistakes: answer honestly, and the plan joins your answers to what your records show.
audit-yes = Yes
audit-no = No
audit-make_plan = Make my action plan
audit-download = Download the plan (Markdown)
audit-unanswered = question { $n } has no answer
audit-plan_title = Your action plan
audit-back = Back to the audit

## network
network-people = { $count ->
        [one] 1 person
       *[other] { $count } people
    }
network-links = { $count ->
        [one] 1 link
       *[other] { $count } links
    }
network-title = My network
network-why = Everyone you keep, placed so that who knows whom sits close: lines are introductions, meetings together and shared events. Bigger dots are stronger ties; each dot opens the person.
network-picture = The picture of your network: each dot is a person, a link to their page
network-any_sector = Any sector
network-colour = Colour by
network-by_tier = Tier
network-by_sector = Sector
network-show = Show
network-zoom = Zoom
network-other = Other sectors
network-link_intro = Introduction
network-link_meeting = Met together
network-link_event = Same event

## import
import-title = Import
import-why = Bring in the people you already know. Nothing is written until you choose Import: first see what would happen.
import-files = Address books
import-files_hint = LinkedIn's Connections.csv, a vCard (.vcf) from a phone or Apple Contacts, Google or Outlook CSV; several at once, up to 20 MB in all.
import-region = Country of phone numbers without a prefix
import-region_hint = Numbers written without +39 (or another prefix) are read as numbers of this country.
import-progress = Upload
import-preview = Preview
import-commit = Import
import-line = line { $line }
import-and_more = { $count ->
        [one] and 1 more
       *[other] and { $count } more
    }
import-would = Would create { $created }, merge { $merged } with people you keep, leave { $unchanged } unchanged, and reject { $rejected ->
        [one] 1 row
       *[other] { $rejected } rows
    }.
import-done = Imported: { $created } created, { $merged } merged, { $unchanged } unchanged, { $rejected ->
        [one] 1 row
       *[other] { $rejected } rows
    } rejected.
import-created = New people
import-merged = Merged with people you keep
import-rejected = Rejected rows
import-possible_duplicates = { $count ->
        [one] 1 record shares an e-mail or phone with someone else and was kept apart: check it after the import.
       *[other] { $count } records share an e-mail or phone with someone else and were kept apart: check them after the import.
    }
import-encoding = The file declared no encoding and was read as { $encoding }.
import-too_large = The files are larger than 20 MB in all: import them a few at a time.
import-no_files = Choose at least one file.

## unsubscribe
unsubscribe-title = Daily digest
unsubscribe-ask = Stop receiving the daily digest e-mail? You can turn it back on in Settings.
unsubscribe-confirm = Stop the digest
unsubscribe-done = Done: no more daily digests. You can turn them back on in Settings.
unsubscribe-unknown = This link is not valid any more (a newer digest has a new one); turn the digest off in Settings.

## events
events-title = Events
events-none = No events yet: add the next chapter meeting, a fair or a dinner.
events-met = { $count ->
        [one] 1 person met
       *[other] { $count } people met
    }
events-add = Add an event
events-name = Name
events-on = Date
events-place = Place
events-topics = Topics
events-topics_hint = Separated by commas: rete suggests the events that match your people.
events-attendees = Whom you met there
events-nobody = Nobody recorded yet.
events-met_there = You met there
events-add_attendee = Add
events-debrief = Debrief
events-debrief_why = After a speed-networking evening planned with rete: the people you sat with come into your network, with a thank-you and a one-to-one to propose in Today.
events-debrief_now = Debrief the evening
events-debriefed = { $name }: debriefed
events-debriefed_why = Thank-yous are due on { $thank } and one-to-ones to propose on { $one_to_one }; they are in Today.
events-new = new
events-not_yet = { $name } is on { $date }, still to come: debrief it after you have been there.
events-no_plan = { $name } has no seating plan: plan it first (rete plan --event), then debrief it.
events-not_seated = { $name }: the plan did not seat you.
events-alone = { $name }: nobody sat with you.

## Grow: communities
more-communities = Communities
more-communities_why = Your chapter, club or company: your profile, whom to meet and why, the members.
notice-joined = Welcome: you are a member now. Write your profile to see whom to meet.
notice-left = You left the community; your profile there is gone.
notice-removed = Removed: they are out of the members and of everyone's matches.
grow-title = Communities
grow-none = You belong to no community yet. Found one below, or open an invitation link an organiser sent you.
grow-members_count = { $count ->
    [0] no other members
    [one] one other member
   *[other] { $count } other members
}
grow-found = Found a community
grow-found_why = You will be its organiser: you invite the members with a link and see the chapter's figures.
grow-name = Name
grow-kind = Kind
grow-description = Description (optional)
grow-kind_chapter = Business chapter
grow-kind_club = Club
grow-kind_company = Company
grow-kind_event = Event
grow-role_organiser = you organise it
grow-role_co_organiser = you co-organise it
grow-role_member = member
grow-matches = Whom to meet
grow-matches_why = Members with whom the exchange runs both ways, best first. People already in your Keep are left out.
grow-matches_need_profile = Write what you offer and what you seek below, keep matching on, and rete will tell you whom to meet and why.
grow-no_matches = Nobody to propose yet: as more members write their profiles, matches appear here.
grow-score = score { $score }
grow-your_profile = Your profile here
grow-sharp_example = Be specific: "websites for law firms" says more than "web"; "an accountant for start-ups" more than "contacts".
grow-shown_as = Your name as the members see it
grow-offers = What you offer
grow-offers_hint = One per line: a service, a skill, an introduction you can make.
grow-seeks = What you seek
grow-seeks_hint = One per line: the clients, suppliers or contacts you are looking for.
grow-interests = What you care about
grow-interests_hint = One per line: interests outside work help people start a conversation.
grow-sector = Sector
grow-city = City
grow-languages = Languages you speak
grow-languages_hint = Separated by commas, for example: it, en
grow-department = Department
grow-matching = Show me to the members and propose me in their matches
grow-pairing = Pair me in the recurring rounds
grow-save_profile = Save the profile
grow-offers_short = Offers
grow-seeks_short = Seeks
grow-members = Members
grow-no_members = No other members yet: invite them with a link.
grow-remove = Remove
grow-remove_who = Remove { $name } from the community
grow-leave = Leave this community
grow-invite = Invite members
grow-invite_why = A link anyone can use to join, for a week and up to fifty people. Share it by e-mail or in your chapter's chat.
grow-invite_make = Make an invitation link
grow-invite_ready = An invitation link to { $name }
grow-invite_share = Copy it now: it is shown only this once. It lets { $uses } people join.
grow-invite_link = The link
grow-invite_until = Valid until { $date }.
grow-back = Back to { $name }
grow-join_title = Join a community
grow-join_to = Join { $name }
grow-join_why = Members publish what they offer, seek and care about, and see whom to meet and why. Nobody sees your contacts, your notes or your ledger.
grow-join = Join
grow-join_sign_in = Sign in to join
grow-invitation_invalid = This invitation is unknown, has expired or has been used up: ask the organiser for a new one.
grow-filter = Filter
grow-filter_clear = Show everyone
grow-language = Language
grow-language_hint = A language they speak, for example: it
grow-no_matches_filtered = Nobody to propose with these filters: widen them, or show everyone.
