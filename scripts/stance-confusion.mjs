#!/usr/bin/env node
// Stance confusion matrix (gold × predicted) over matched claims, matched the way ../shared/tools/score.mjs
// matches them (quote token F1 ≥ 0.5, one to one, best first). Run after `npm run build`.
// usage: node scripts/stance-confusion.mjs DIR[:RAW_DIR] [--errors]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../dist/index.js';

const STANCES = ['support', 'oppose', 'conditional', 'neutral'];
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const tokens = (s) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function tokenF1(a, b) {
  const A = tokens(a);
  const B = tokens(b);
  if (A.length === 0 || B.length === 0) return A.length === B.length ? 1 : 0;
  const counts = new Map();
  for (const t of A) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of B) {
    const c = counts.get(t);
    if (c) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (A.length + B.length);
}

function match(gold, pred) {
  const candidates = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const score = tokenF1(g.quote, p.quote);
    if (score >= 0.5) candidates.push([score, gi, pi]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set();
  const usedPred = new Set();
  const pairs = [];
  for (const [, gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    pairs.push([gold[gi], pred[pi]]);
  }
  return pairs;
}

const matrix = Object.fromEntries(STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]));
for (const spec of args.filter((a) => !a.startsWith('--'))) {
  const [dir, rawDir = dir] = spec.split(':');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && existsSync(join(rawDir, f.replace(/\.json$/, '.txt')))).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const raw = readFileSync(join(rawDir, file.replace(/\.json$/, '.txt')), 'utf8');
    const { claims } = extractClaims(raw, { topic: gold.topic });
    for (const [g, p] of match(gold.claims, claims)) {
      matrix[g.stance][p.stance]++;
      if (showErrors && g.stance !== p.stance) {
        console.log(`${file} gold=${g.stance} got=${p.stance} | ${p.speaker}: ${p.quote.slice(0, 140)}\n    ${p.stanceReason.summary}`);
      }
    }
  }
}
let right = 0;
let all = 0;
console.log(`gold \\ pred   ${STANCES.map((s) => s.padStart(11)).join('')}`);
for (const g of STANCES) {
  console.log(`${g.padEnd(14)}${STANCES.map((p) => String(matrix[g][p]).padStart(11)).join('')}`);
  for (const p of STANCES) {
    all += matrix[g][p];
    if (g === p) right += matrix[g][p];
  }
}
console.log(`accuracy ${(right / all).toFixed(3)} over ${all} matched claims`);
