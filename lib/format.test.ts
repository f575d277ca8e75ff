import { describe, expect, it } from 'vitest';
import { formatElapsed, formatMetric, formatPoints, formatSimTime, percent, plural, relativeDays, relativeTime } from './format';

describe('formatting', () => {
  it('rounds percentages and survives a zero maximum', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it('says when something is due in words', () => {
    const noon = new Date(2026, 0, 10, 12).getTime();
    expect(relativeDays(noon + 3600_000, noon)).toBe('today');
    expect(relativeDays(new Date(2026, 0, 11, 1).getTime(), noon)).toBe('tomorrow');
    expect(relativeDays(new Date(2026, 0, 17, 9).getTime(), noon)).toBe('in 7 days');
    expect(relativeDays(new Date(2026, 0, 8, 23).getTime(), noon)).toBe('2 days ago');
  });

  it('says how long ago something happened', () => {
    const noon = new Date(2026, 0, 10, 12).getTime();
    expect(relativeTime(noon - 20_000, noon)).toBe('just now');
    expect(relativeTime(noon + 5_000, noon)).toBe('just now');
    expect(relativeTime(noon - 60_000, noon)).toBe('1 minute ago');
    expect(relativeTime(noon - 59 * 60_000, noon)).toBe('59 minutes ago');
    expect(relativeTime(noon - 3 * 3600_000, noon)).toBe('3 hours ago');
    expect(relativeTime(new Date(2026, 0, 9, 6).getTime(), noon)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 0, 6, 6).getTime(), noon)).toBe('4 days ago');
  });

  it('pluralises', () => {
    expect(plural(1, 'mistake')).toBe('1 mistake');
    expect(plural(3, 'quiz', 'quizzes')).toBe('3 quizzes');
  });

  it('shows fractional quiz points with one decimal', () => {
    expect(formatPoints(6)).toBe('6');
    expect(formatPoints(5 + 2 / 3)).toBe('5.7');
  });

  it('reads metrics, chart times and the lab clock as the learner expects', () => {
    expect(formatMetric(1.0449)).toBe('1.04');
    expect(formatMetric(12000)).toBe('12,000');
    expect(formatMetric(123.4)).toBe('123');
    expect(formatSimTime(250)).toBe('250 ms');
    expect(formatSimTime(90_000)).toBe('90 s');
    expect(formatSimTime(600_000)).toBe('10 min');
    expect(formatElapsed(65_900)).toBe('1:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
