import { beforeEach, describe, expect, it } from 'vitest';
import { NEUTRAL_PAGE } from '../../../../contracts/account/quick-exit.js';
import { quickExitTarget, rememberQuickExitTarget } from './quickExit.js';

describe('where the quick exit goes', () => {
  beforeEach(() => localStorage.clear());

  it('is the plain local page until the server names another, which the device then keeps', () => {
    expect(quickExitTarget()).toBe(NEUTRAL_PAGE);
    rememberQuickExitTarget('https://weather.example.org/today');
    expect(quickExitTarget()).toBe('https://weather.example.org/today');
    // The server went back to the default: so does the device.
    rememberQuickExitTarget(NEUTRAL_PAGE);
    expect(quickExitTarget()).toBe(NEUTRAL_PAGE);
  });

  it('never leaves for a script or data address, whatever storage holds', () => {
    rememberQuickExitTarget('javascript:alert(1)');
    expect(quickExitTarget()).toBe(NEUTRAL_PAGE);
    localStorage.setItem('steady-quick-exit', 'data:text/html,hello');
    expect(quickExitTarget()).toBe(NEUTRAL_PAGE);
  });
});
