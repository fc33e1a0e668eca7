import { CharteTab, CharteTabPanel, CharteTabs, type TabChangeDetail } from './tabs.ts';

CharteTabs.define('charte-tabs');
CharteTab.define('charte-tab');
CharteTabPanel.define('charte-tab-panel');

declare global {
  interface HTMLElementTagNameMap {
    'charte-tabs': CharteTabs;
    'charte-tab': CharteTab;
    'charte-tab-panel': CharteTabPanel;
  }
  interface GlobalEventHandlersEventMap {
    'charte-tab-change': CustomEvent<TabChangeDetail>;
  }
}
