import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('config: MODERATION and AUTO_APPROVE_MIN_AMOUNT', () => {
  it('defaults to auto with no auto-approval threshold', () => {
    expect(loadConfig({})).toMatchObject({ moderation: 'auto', autoApproveMinAmount: null });
  });

  it('reads manual mode and a threshold in MIN_AMOUNT syntax', () => {
    expect(loadConfig({ MODERATION: 'Manual', AUTO_APPROVE_MIN_AMOUNT: '500' })).toMatchObject({
      moderation: 'manual',
      autoApproveMinAmount: 500,
    });
    expect(loadConfig({ MODERATION: 'manual', AUTO_APPROVE_MIN_AMOUNT: 'rub:500, USD:5' }).autoApproveMinAmount).toEqual({
      RUB: 500,
      USD: 5,
    });
  });

  it('stops with one line naming the variable', () => {
    expect(() => loadConfig({ MODERATION: 'strict' })).toThrow(new ConfigError('MODERATION must be auto or manual (got "strict")'));
    expect(() => loadConfig({ AUTO_APPROVE_MIN_AMOUNT: 'lots' })).toThrow(
      /^AUTO_APPROVE_MIN_AMOUNT must be a number or a list like RUB:100,USD:1/,
    );
  });
});
