## month
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## action
action-thank_you = thank you
action-propose_one_to_one = propose a one-to-one
action-follow_up = follow-up
action-birthday = birthday
action-milestone = congratulate
action-keep_in_touch = keep in touch
action-thank_for_exchange = thank for
action-give_back = give back
action-reply = reply

## exchange
exchange-referral = a referral
exchange-introduction = an introduction
exchange-advice = advice
exchange-favour = a favour
exchange-business = closed business

## milestone
milestone-birthday = birthday
milestone-new-job = a new job
milestone-promotion = a promotion
milestone-award = an award
milestone-anniversary = an anniversary

## reason
reason-at = {" "}at { $place }
reason-today = today
reason-thank_you = you met on { $date }{ $at } and have not written since
reason-propose_one_to_one = you first met on { $date }{ $at }: propose a one-to-one to get to know each other
reason-follow_up = you promised: { $text }
reason-follow_up_late = you promised: { $text } (due { $date }, { $days ->
        [one] 1 day late
       *[other] { $days } days late
    })
reason-birthday = birthday { $date }
reason-birthday_age = birthday { $date }, turning { $age }
reason-milestone = { $what } on { $date }{ $note }: congratulate
reason-keep_in_touch = last in touch on { $date }, { $days ->
        [one] 1 day ago
       *[other] { $days } days ago
    }; this tie wants a contact every { $cadence } days
reason-keep_in_touch_never = you met on { $date }{ $at } and have not been in touch since
reason-keep_in_touch_connected = you connected on LinkedIn on { $date } and have never been in touch since
reason-keep_in_touch_unknown = no contact recorded yet
reason-thank_for_exchange = you received { $what } on { $date }{ $note } and have not thanked yet (rete thank { $id })
reason-give_back_ledger = in the last 12 months you received { $received } and gave { $given }: find something to give
reason-give_back_asks = you asked { $asks ->
        [one] once
       *[other] { $asks } times
    } this year and gave nothing: give before you ask again
reason-reply = they wrote on { $date } and you have not answered

## draft
draft-hello = Hi { $name },
draft-bye = Best regards
draft-today = today
draft-yesterday = yesterday
draft-on_date = on { $date }
draft-at = {" "}at { $place }
draft-about = {" "}about { $topics }
draft-thanks_meeting = thank you for the time { $when }{ $at }. I really enjoyed our conversation{ $about }, and I'll keep you posted on what I find.
draft-thanks_exchange = thank you for { $what }{ $note } { $when }: it means a lot, and I'd be glad to return the favour. Is there anyone you'd like to meet?
draft-follow_up = picking up where we left off { $when }{ $about }: I've given it some thought and I'd like to share a couple of ideas. Would a quick call this week work for you?
draft-one_to_one = it was a pleasure meeting you { $when }{ $at }{ $about }. Would you like a half-hour one-to-one next week? I'd like to understand your work better and see who I could introduce you to.
draft-one_to_one_connected = we connected on LinkedIn { $when }, but we've never really talked. Would you like a half-hour one-to-one next week? I'd like to understand your work better and see who I could introduce you to.
draft-congrats = I saw the news: { $what }. Congratulations, well deserved! Let's celebrate with a coffee when you have a moment.
draft-reconnect = it's been a while since we last spoke { $when }{ $at }{ $about }. How are things going? I'd love to catch up over a coffee.
draft-give = you mentioned you're looking for { $need }. I've been thinking about who could help: would an introduction be useful?
draft-give_offer = you mentioned you're looking for { $need }. That's close to what I do ({ $offer }): happy to help, or to introduce you to someone good.
draft-intro-since = I hope all is well since we spoke { $when }.
draft-intro-hope = I hope all is well.
draft-intro-ask = I'd like to ask you a favour: could you introduce me to { $target }{ $work }?
draft-intro-why = { $why }.
draft-intro-offer = I think I could be useful to them too: { $offer }.
draft-intro-how = If you're comfortable with it, a short e-mail to both of us would be perfect and I'll take it from there. And tell me if there's someone I can introduce you to.
draft-too_recent = you were last in touch with { $name } on { $date }, { $days ->
        [0] today
        [one] yesterday
       *[other] { $days } days ago
    }: too recent to reconnect; a follow-up (--kind follow-up) fits better
draft-missing-thanks = no specific detail to thank { $name } for: log the meeting or the exchange first (rete log, rete receive)
draft-missing-follow_up = nothing to follow up with { $name }: log what you talked about (rete log ... --topics)
draft-missing-one_to_one = no first meeting with { $name } on record: add --met-on/--met-at or log it first
draft-missing-congrats = no milestone of { $name } on record: add one (rete milestone add)
draft-missing-reconnect = nothing specific to reconnect { $name } on: log a past conversation with its topics, or where you met
draft-missing-intro = why do you want to meet { $name }? Add --why, or a community profile with what you offer: a generic request for an introduction goes unanswered
draft-missing-give = no known need of { $name }: note what they are looking for (their profile, or the topics of a conversation)

## audit
audit-collecting_cards-text = Collecting cards: { $people ->
        [one] 1 person ({ $percent }%) has
       *[other] { $people } people ({ $percent }%) have
    } no notes and no record of how you met.
audit-collecting_cards-next = Pick the five you would most like to see again and write down where you met and what they do.
audit-no_follow_up-text = No follow-up: { $without_follow_up } of { $first_meetings } first meetings ({ $percent }%) had nothing after them within 7 days.
audit-no_follow_up-next = After every first meeting, send a thank-you within two days and propose a one-to-one within a week (rete today reminds you).
audit-only_when_needing-text = Contacting only when needing: { $asks } of your { $interactions } interactions this year ({ $percent }%) { $asks ->
        [one] was
       *[other] were
    } to ask for something.
audit-only_when_needing-next = For every ask, make two contacts that give or simply keep in touch.
audit-thinking_of_yourself-text = Thinking only of yourself: this year you received { $received ->
        [one] 1 exchange
       *[other] { $received } exchanges
    } and gave { $given ->
        [0] none
       *[other] { $given }
    }.
audit-thinking_of_yourself-next = Give first: a referral, an introduction, a useful article. rete today lists who to give back to.
audit-not_thanking-text = Not thanking: { $received ->
        [one] the one exchange you received was never thanked.
       *[other] { $unthanked ->
            [one] 1 of { $received } exchanges you received was never thanked.
           *[other] { $unthanked } of { $received } exchanges you received were never thanked.
        }
    }
audit-not_thanking-next = Thank each of them today, with a specific word on what it meant (rete draft PERSON --kind thanks).
audit-quantity_over_quality-text = Quantity over quality: { $people ->
        [one] 1 person ({ $percent }%) has
       *[other] { $people } people ({ $percent }%) have
    } had no interaction in a year.
audit-quantity_over_quality-next = Archive the ties you will not nurture, and reconnect with the few that matter.
audit-generic_messages-text = Generic messages: { $texts } identical texts went to { $people } people.
audit-generic_messages-next = Write to each person about them: where you met, what you talked about (rete draft helps).
audit-abusing_network-text = Abusing the network: { $people ->
        [one] 1 person was
       *[other] { $people } people were
    } asked three times or more this year with nothing given back (at most { $most_asks } asks to one person).
audit-abusing_network-next = Stop asking them until you have given something: an introduction, a referral, your time.
audit-narrow_network-text = A narrow network: one sector holds { $percent }% of the people you know, out of { $groups } sectors.
audit-narrow_network-next = Choose an event or a club outside your sector this month.
audit-narrow_departments-text = A narrow network inside the company: one department holds { $percent }% of your colleagues, out of { $groups }.
audit-narrow_departments-next = Ask for a pairing with colleagues of other departments (rete pairing).

## quiz
quiz-plan_title = Your networking action plan
quiz-none_recognised = You recognised none of the common mistakes.
quiz-recognised = The mistakes you recognise
quiz-your_data = Your data
quiz-data_shows = What your data also shows
quiz-intro = Answer yes or no (s/n): 17 questions on the common networking mistakes.
quiz-prompt = (yes/no)
quiz-again = Please answer yes or no.
quiz-dress_body_language-q = Do you pay little attention to how you dress and to your body language at events?
quiz-dress_body_language-title = Dress and body language
quiz-dress_body_language-advice = Dress one step above the occasion, stand open, look people in the eye, smile: the first ten seconds open or close the conversation.
quiz-dismissing_people-q = Do you lose interest in people who look unimportant?
quiz-dismissing_people-title = Dismissing people who look unimportant
quiz-dismissing_people-advice = Everyone knows two hundred people; treat each conversation as if their network were in the room.
quiz-expecting_work-q = Do you expect to get work at once from the people you meet?
quiz-expecting_work-title = Expecting work at once
quiz-expecting_work-advice = Networking pays over months: aim for a second meeting, not a sale.
quiz-uninformed-q = Do you go to events without knowing who will be there and what they do?
quiz-uninformed-title = Being uninformed
quiz-uninformed-advice = Before an event, look at the list of attendees and pick three people you want to meet, with a reason for each.
quiz-no_cards-q = Do you sometimes have no business card, or no quick way to share your contact?
quiz-no_cards-title = No business cards
quiz-no_cards-advice = Always carry cards or a QR code to your profile; write on the back of the cards you receive where and why you met.
quiz-collecting_cards-q = Do you collect cards and connections and then do nothing with them?
quiz-collecting_cards-title = Collecting cards
quiz-collecting_cards-advice = A contact is worth the follow-up you give it: note how you met and plan the next step the same day.
quiz-thinking_of_yourself-q = Do you mostly talk about yourself and what you need?
quiz-thinking_of_yourself-title = Thinking only of yourself
quiz-thinking_of_yourself-advice = Ask questions and listen for what the other person needs; givers gain.
quiz-vague-q = When asked what you do, is your answer vague or generic?
quiz-vague-title = Being vague
quiz-vague-advice = Say who you help and with what, in one sentence, with an example: specific requests get specific referrals.
quiz-aiming_too_high-q = Do you go straight for the most important person in the room?
quiz-aiming_too_high-title = Aiming too high
quiz-aiming_too_high-advice = Build the relationship through the people around them; warm introductions beat cold approaches.
quiz-barging_in-q = Do you barge into conversations already under way?
quiz-barging_in-title = Barging into conversations
quiz-barging_in-advice = Join open groups, wait for a pause, ask if you may join.
quiz-exaggerating-q = Do you exaggerate your results or your skills?
quiz-exaggerating-title = Exaggerating
quiz-exaggerating-advice = Trust is the currency of referrals: promise less, deliver more.
quiz-monopolising-q = Do you keep the same person talking for a long time at events?
quiz-monopolising-title = Monopolising time
quiz-monopolising-advice = Ten minutes, then set the next step and let them meet others.
quiz-no_follow_up-q = Do you forget to get back in touch after a first meeting?
quiz-no_follow_up-title = No follow-up
quiz-no_follow_up-advice = Thank within two days, propose a one-to-one within a week.
quiz-selling_in_follow_up-q = Do you use the follow-up to sell your services straight away?
quiz-selling_in_follow_up-title = Selling in the follow-up
quiz-selling_in_follow_up-advice = The follow-up is to know each other better and find how to help, not to pitch.
quiz-only_when_needing-q = Do you ask for favours more often than you offer them?
quiz-only_when_needing-title = Asking too much
quiz-only_when_needing-advice = Give before you ask, and ask for something specific.
quiz-abusing_network-q = Do you keep asking the same few people?
quiz-abusing_network-title = Abusing your network
quiz-abusing_network-advice = Spread your asks and repay each one; a network asked too often goes quiet.
quiz-not_thanking-q = Do you forget to thank people who helped you?
quiz-not_thanking-title = Not thanking
quiz-not_thanking-advice = Thank every referral and introduction, whatever the outcome, and say what happened next.

## intro
intro-yours = your tie: strength { $strength }, { $count ->
        [one] 1 contact in the last year, on { $date }
       *[other] { $count } contacts in the last year, the last on { $date }
    }
intro-yours_never = your tie: strength { $strength }
intro-introduced = { $name } introduced { $whom } to you
intro-together = together at { $count ->
        [one] one of your meetings, on { $date }
       *[other] { $count } of your meetings, the last on { $date }
    }
intro-same_event = both at { $event } on { $date }
intro-colleagues = colleagues at { $company }

## amount
amount-bad = '{ $value }' is not an amount in euros: write, for example, 1,500.50 or 1500
amount-negative = '{ $value }' must be positive
amount-too_precise = '{ $value }' has more than two decimals: amounts go to the cent
field-empty = must not be empty
field-not_email = '{ $value }' is not an e-mail address
field-not_phone = '{ $value }' is not a phone number
field-cadence_zero = must be at least 1 day
