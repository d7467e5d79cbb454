/** @deprecated Import calendar rules from @kvalitetsnav/calendar. */
export { stockholmToday } from '@kvalitetsnav/calendar';
