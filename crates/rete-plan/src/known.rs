//! The best known numbers of repeat-free rounds, from the literature, as data.
//!
//! Sources: A. Miller, M. Barr, W. Kavanagh, I. Valkov, H. C. Purchase, "Breakout group
//! allocation schedules and the social golfer problem with adjacent group sizes", Symmetry
//! 13(1):13, 2021; A. Miller, I. Valkov, R. J. R. Abel, "Combinatorial solutions to the social
//! golfer problem and the social golfer problem with adjacent group sizes", Symmetry
//! 18(2):269, 2026. Each row is an event size `N` at tables of `S` with rete's mix (⌈N/S⌉
//! tables, the rest of `S − 1`), the most rounds the papers seat without repeats, the design
//! they get them from, and whether rete's own constructions reach them (the literature test
//! holds rete to every row marked so). Only the event sizes rete's planner has been measured
//! against are listed: a size missing here is unknown to rete, not impossible. Nothing here
//! is a schedule: rete builds its plans itself.

/// One event size from the literature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    /// people
    pub people: usize,
    /// the largest table (rete's mix: ⌈people / table_size⌉ tables, the rest one smaller)
    pub table_size: usize,
    /// the most rounds without repeats known for this mix
    pub rounds: usize,
    /// the design the literature obtains them from
    pub design: &'static str,
    /// whether rete's constructions reach these rounds (within 2 s)
    pub reached: bool,
}

const fn k(people: usize, table_size: usize, rounds: usize, design: &'static str, reached: bool) -> Known {
    Known { people, table_size, rounds, design, reached }
}

/// The literature's best known rounds, by table size then people.
pub const LITERATURE: &[Known] = &[
    k(9, 3, 4, "KTS(9) = AG(2,3)", true),
    k(15, 3, 7, "KTS(15)", true),
    k(18, 3, 8, "NKTS(18)", true),
    k(21, 3, 10, "KTS(21)", true),
    k(24, 3, 11, "NKTS(24)", true),
    k(27, 3, 13, "KTS(27) = AG(3,3)", true),
    k(30, 3, 14, "NKTS(30)", true),
    k(33, 3, 16, "KTS(33)", true),
    k(36, 3, 17, "NKTS(36)", true),
    k(39, 3, 19, "KTS(39)", true),
    k(42, 3, 20, "NKTS(42)", true),
    k(45, 3, 22, "KTS(45): KTS(15) tripled with a resolvable TD(3,15)", true),
    k(48, 3, 23, "NKTS(48)", true),
    k(51, 3, 25, "KTS(51)", true),
    k(54, 3, 26, "NKTS(54)", true),
    k(57, 3, 28, "KTS(57)", true),
    k(60, 3, 29, "NKTS(60)", true),
    k(15, 4, 5, "AG(2,4) minus a point", true),
    k(16, 4, 5, "AG(2,4)", true),
    k(20, 4, 5, "RTD(4,5)", true),
    k(21, 4, 7, "4-RGDD 3^8 minus a group", true),
    k(22, 4, 7, "4-RGDD 3^8 minus 2 of a group", true),
    k(23, 4, 7, "4-RGDD 3^8 minus a point", true),
    k(24, 4, 7, "4-RGDD 3^8", true),
    k(25, 4, 9, "4×4 + 3×3 tables (SGA)", false),
    k(26, 4, 9, "5×4 + 2×3 tables (SGA)", false),
    k(27, 4, 9, "RBIBD(28,4,1) minus a point", true),
    k(28, 4, 9, "RBIBD(28,4,1)", true),
    k(29, 4, 10, "5×4 + 3×3 tables (SGA)", false),
    k(30, 4, 10, "4-RGDD 2^16 minus a group", true),
    k(31, 4, 10, "4-RGDD 2^16 minus a point", true),
    k(32, 4, 10, "4-RGDD 2^16", true),
    k(33, 4, 11, "4-RGDD 3^12 minus a group", true),
    k(34, 4, 11, "4-RGDD 3^12 minus 2 of a group", true),
    k(35, 4, 11, "4-RGDD 3^12 minus a point", true),
    k(36, 4, 11, "4-RGDD 3^12", true),
    k(37, 4, 13, "7×4 + 3×3 tables (SGA)", false),
    k(38, 4, 13, "8×4 + 2×3 tables (SGA)", false),
    k(39, 4, 13, "RBIBD(40,4,1) minus a point", true),
    k(40, 4, 13, "RBIBD(40,4,1)", true),
    k(44, 4, 14, "4-RGDD of type 2^22", false),
    k(45, 4, 15, "4-RGDD 3^16 minus a group", true),
    k(46, 4, 15, "4-RGDD 3^16 minus 2 of a group", true),
    k(47, 4, 15, "4-RGDD 3^16 minus a point", true),
    k(48, 4, 15, "4-RGDD 3^16", true),
    k(51, 4, 17, "RBIBD(52,4,1) minus a point", true),
    k(52, 4, 17, "RBIBD(52,4,1)", true),
    k(56, 4, 18, "4-RGDD of type 2^28", false),
    k(57, 4, 19, "4-RGDD of type 3^20 minus a group", false),
    k(58, 4, 19, "4-RGDD of type 3^20 minus 2 of a group", false),
    k(59, 4, 19, "4-RGDD of type 3^20 minus a point", false),
    k(60, 4, 19, "4-RGDD of type 3^20", false),
    k(24, 5, 6, "AG(2,5) minus a point", true),
    k(25, 5, 6, "AG(2,5)", true),
    k(
        27,
        5,
        5,
        "resolvable packing on Z_30 (starter table + cosets of 6·Z_30), minus 3 of a table of a dropped round",
        true,
    ),
    k(28, 5, 6, "resolvable packing on Z_30 minus 2 who never meet", true),
    k(29, 5, 6, "resolvable packing on Z_30 minus a point", true),
    k(30, 5, 6, "resolvable packing on Z_30: 6-5-6", true),
    k(31, 5, 7, "RTD(5,7) minus 4 of a group", true),
    k(32, 5, 7, "RTD(5,7) minus 3 of a group", true),
    k(33, 5, 7, "RTD(5,7) minus 2 of a group", true),
    k(34, 5, 7, "RTD(5,7) minus a point", true),
    k(35, 5, 7, "RTD(5,7)", true),
    k(36, 5, 8, "RTD(5,8) minus 4 of a group", true),
    k(37, 5, 8, "RTD(5,8) minus 3 of a group", true),
    k(38, 5, 8, "RTD(5,8) minus 2 of a group", true),
    k(39, 5, 8, "RTD(5,8) minus a point", true),
    k(40, 5, 8, "RTD(5,8)", true),
    k(41, 5, 9, "RTD(5,9) minus 4 of a group", true),
    k(42, 5, 9, "RTD(5,9) minus 3 of a group", true),
    k(43, 5, 9, "RTD(5,9) minus 2 of a group", true),
    k(44, 5, 9, "RTD(5,9) minus a point", true),
    k(51, 5, 11, "RTD(5,11) minus 4 of a group", true),
    k(52, 5, 11, "RTD(5,11) minus 3 of a group", true),
    k(53, 5, 11, "RTD(5,11) minus 2 of a group", true),
    k(54, 5, 11, "RTD(5,11) minus a point", true),
    k(55, 5, 11, "RTD(5,11)", true),
    k(56, 5, 12, "RTD(5,12) from a (12,5;1) difference matrix, minus 4 of a group", true),
    k(57, 5, 12, "RTD(5,12) minus 3 of a group", true),
    k(58, 5, 12, "RTD(5,12) minus 2 of a group", true),
    k(59, 5, 12, "RTD(5,12) minus a point", true),
    k(60, 5, 12, "RTD(5,12)", true),
    k(37, 6, 7, "RTD(6,7) minus 5 of a group", true),
    k(38, 6, 7, "RTD(6,7) minus 4 of a group", true),
    k(39, 6, 7, "RTD(6,7) minus 3 of a group", true),
    k(40, 6, 7, "RTD(6,7) minus 2 of a group", true),
    k(41, 6, 7, "RTD(6,7) minus a point", true),
    k(42, 6, 7, "RTD(6,7)", true),
    k(43, 6, 8, "RTD(6,8) minus 5 of a group", true),
    k(44, 6, 8, "RTD(6,8) minus 4 of a group", true),
    k(45, 6, 8, "RTD(6,8) minus 3 of a group", true),
    k(46, 6, 8, "RTD(6,8) minus 2 of a group", true),
    k(47, 6, 8, "RTD(6,8) minus a point", true),
    k(48, 6, 8, "RTD(6,8)", true),
    k(49, 6, 9, "RTD(6,9) minus 5 of a group", true),
    k(50, 6, 9, "RTD(6,9) minus 4 of a group", true),
    k(51, 6, 9, "RTD(6,9) minus 3 of a group", true),
    k(52, 6, 9, "RTD(6,9) minus 2 of a group", true),
    k(53, 6, 9, "RTD(6,9) minus a point", true),
    k(54, 6, 9, "RTD(6,9)", true),
];

/// The best known row for `people` at tables of `table_size` (rete's mix), if listed.
pub fn best_known(people: usize, table_size: usize) -> Option<&'static Known> {
    LITERATURE.iter().find(|k| k.people == people && k.table_size == table_size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mix::{repeat_free_bound, table_sizes};

    #[test]
    fn rows_are_unique_and_within_the_proven_bound() {
        for (i, a) in LITERATURE.iter().enumerate() {
            assert!(LITERATURE[..i].iter().all(|b| (b.people, b.table_size) != (a.people, a.table_size)), "{a:?}");
            let sizes = table_sizes(a.people, a.table_size);
            assert!(a.rounds <= repeat_free_bound(a.people, &sizes), "{a:?}");
        }
        assert_eq!(best_known(30, 5).map(|k| k.rounds), Some(6));
    }
}
