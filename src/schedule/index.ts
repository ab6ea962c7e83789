export { startSchedule, type ScheduleHandle, type ScheduleOptions } from './start-schedule.js';
