import { Problem } from '../common.js';
import { AcceptAgreementBody, AgreementResponse, AgreementTerms, ProposeAgreementResponse } from './agreement.js';
import { withNotFound } from '../routes/problems.js';
import { defineRoutes } from '../routes/define.js';

export const agreementTable = defineRoutes({
  getAgreement: { method: 'GET', path: '/api/v1/pair/agreement', responses: { 200: AgreementResponse, ...withNotFound } },
  proposeAgreement: {
    method: 'PUT',
    path: '/api/v1/pair/agreement',
    body: AgreementTerms,
    responses: { 201: ProposeAgreementResponse, ...withNotFound, 409: Problem },
  },
  acceptAgreement: {
    method: 'POST',
    path: '/api/v1/pair/agreement/accept',
    body: AcceptAgreementBody,
    responses: { 200: AgreementResponse.pick({ current: true }), ...withNotFound, 409: Problem },
  },
});
