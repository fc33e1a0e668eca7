export { CharteTab, CharteTabPanel, CharteTabs, type TabChangeDetail } from './tabs.ts';
