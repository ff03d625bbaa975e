//! Seating plans for events: who sits with whom, round after round.
