/**
 * The bounded-load exercise statement and the hashing quiz are plain text
 * (MDX rendered outside the lesson, YAML), so they cannot import figures.ts.
 * They quote the Zipf model's figures: this test fails when a quoted figure
 * and the one figures.test.ts reproduces part ways.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures } from './figures';

const read = (...parts: string[]) => readFileSync(path.join(process.cwd(), ...parts), 'utf8');

describe('Zipf bounded-load figures quoted outside lesson 5', () => {
  it('the bounded-load statement quotes the model as figures.ts holds it', () => {
    const statement = read('content', 'exercises', 'bounded-load', 'statement.mdx').replace(/\s+/g, ' ');
    expect(statement).toContain(`reach ${figures.zipfPlainMaxOverMean.toFixed(2)} times the mean`);
    expect(statement).toContain(`1.25 brought that only to ${figures.bounded125MaxOverMean.toFixed(2)}, with ${figures.bounded125HomePercent.toFixed(1)}%`);
    expect(statement).toContain(`1.5 gave ${figures.bounded150MaxOverMean.toFixed(2)} with ${figures.bounded150HomePercent.toFixed(1)}%`);
    expect(statement).toContain(`${figures.zipfTopUserPercent}% of all requests`);
  });

  it('the hashing quiz quotes the home-server share as figures.ts holds it', () => {
    const bank = read('content', 'quizzes', 'hashing.yaml').replace(/\s+/g, ' ');
    expect(bank).toContain(`c = 1.25 kept ${figures.bounded125HomePercent.toFixed(1)}% of requests on their home server`);
  });
});
