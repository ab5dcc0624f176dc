// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/i18n.js';
import { Grounding } from './Grounding.js';

afterEach(async () => {
  cleanup();
  await setLocale(null);
});

describe('a component drawn from the catalogs', () => {
  it('speaks English by default, with no set-up beyond importing it', async () => {
    render(createElement(Grounding));
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '5 things you can see' })).toBeTruthy();
  });

  it('changes language at once when the person chooses Spanish, and <html lang> follows', async () => {
    render(createElement(Grounding));
    await act(() => setLocale('es'));
    expect(document.documentElement.lang).toBe('es');
    await userEvent.click(screen.getByRole('button', { name: 'Empezar' }));
    expect(screen.getByText('Paso 1 de 5')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '5 cosas que puedes ver' })).toBeTruthy();
    expect(localStorage.getItem('steady-locale')).toBe('es');
  });
});
