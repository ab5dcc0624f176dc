import { z } from 'zod';
import { CalendarFeedParams, CalendarTokenResponse } from './calendar.js';
import { authedProblems, withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const calendarTable = defineRoutes({
  rotateCalendarToken: { method: 'POST', path: '/api/v1/calendar/token', responses: { 200: CalendarTokenResponse, ...authedProblems } },
  getCalendarFeed: {
    method: 'GET',
    path: '/api/v1/calendar/{token}.ics',
    params: CalendarFeedParams,
    responses: { 200: z.string().describe('An RFC 5545 calendar (text/calendar)'), ...withNotFound },
  },
});
