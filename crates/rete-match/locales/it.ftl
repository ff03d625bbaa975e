# Le frasi che spiegano un abbinamento. $name è l'altro membro (o, tra due
# altri, chi offre), $other chi cerca, $items un elenco unito da match-and.
match-they_offer = { $name } offre { $items }, che cerchi
match-you_offer = tu offri { $items }, che cerca { $name }
match-shared = avete in comune { $items }
match-nothing = { $name } e tu non avete ancora nulla in comune
match-and = {" "}e{" "}
match-member = il membro { $name }
match-gives = { $name } offre { $items }, che cerca { $other }
match-both_share = hanno in comune { $items }
match-nothing_between = { $name } e { $other } non hanno ancora nulla in comune: un'occasione per scoprirsi
