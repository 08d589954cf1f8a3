//! Benchmark: evaluates every combination of answers (each key unanswered or any of its values)
//! and prints `combinations <count>` and `milliseconds <total>` for bench/run.mjs, then how many
//! of those combinations leave nothing suitable (`nothing-fits`), over all combinations and
//! over those that answer every question that applies: the README's coverage figures.

use autopilot_advisor::engine::{applies, evaluate, Answers, Verdict};
use autopilot_advisor::model::{ValueIx, MODEL};
use std::hint::black_box;
use std::time::Instant;

fn every(q: usize, a: Answers, f: &mut dyn FnMut(&Answers)) {
    if q == MODEL.questions.len() {
        f(&a);
        return;
    }
    every(q + 1, a.with(q, None), f);
    for v in 0..MODEL.questions[q].options.len() as ValueIx {
        every(q + 1, a.with(q, Some(v)), f);
    }
}

fn main() {
    let start = Instant::now();
    let mut count = 0usize;
    every(0, Answers::new(), &mut |a| {
        black_box(evaluate(black_box(a)));
        count += 1;
    });
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("combinations {count}");
    println!("milliseconds {ms:.1}");

    // Outside the timed loop: the share of answer sets for which no scenario fits.
    let (mut none, mut complete, mut complete_none) = (0usize, 0usize, 0usize);
    every(0, Answers::new(), &mut |a| {
        let nothing = evaluate(a)
            .scenarios
            .iter()
            .all(|s| s.verdict == Verdict::Unsuitable);
        // Each distinct complete set once: what applies is answered, what does not is left out.
        let answered_all = (0..MODEL.questions.len()).all(|q| a.get(q).is_some() == applies(a, q));
        none += usize::from(nothing);
        if answered_all {
            complete += 1;
            complete_none += usize::from(nothing);
        }
    });
    let pct = |n: usize, of: usize| 100.0 * n as f64 / of as f64;
    println!("nothing-fits {none} of {count} ({:.2} %)", pct(none, count));
    println!(
        "nothing-fits-complete {complete_none} of {complete} ({:.2} %)",
        pct(complete_none, complete)
    );
}
