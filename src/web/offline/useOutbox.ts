import { useEffect, useState } from 'react';
import { onOutboxChange, outboxStatus, type OutboxStatus } from './outbox.js';

export function useOutboxStatus(): OutboxStatus {
  const [status, setStatus] = useState(outboxStatus);
  useEffect(() => onOutboxChange(setStatus), []);
  return status;
}
