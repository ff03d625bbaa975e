# The sentences of a match's explanation. $name is the other member (or,
# between two others, the giver), $other the taker, $items a list joined
# by match-and.
match-they_offer = { $name } offers { $items }, which you are looking for
match-you_offer = you offer { $items }, which { $name } is looking for
match-shared = you share an interest in { $items }
match-nothing = { $name } and you have nothing in common yet
match-and = {" "}and{" "}
match-member = member { $name }
match-gives = { $name } offers { $items }, which { $other } is looking for
match-both_share = they share an interest in { $items }
match-nothing_between = { $name } and { $other } have nothing in common yet: a chance to discover each other
