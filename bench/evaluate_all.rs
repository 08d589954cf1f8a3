//! Benchmark: evaluates every combination of answers (each key unanswered or any of its values)
//! and prints `combinations <count>` and `milliseconds <total>` for bench/run.mjs.

use autopilot_advisor::engine::{evaluate, Answers};
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
}
