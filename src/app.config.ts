import { mainPackagePages, subpackageConfigs, TAB_BAR_ITEMS } from './routes'

export default defineAppConfig({
  pages: mainPackagePages(),
  subPackages: subpackageConfigs(),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f5eff',
    navigationBarTitleText: '海外知识产权维权援助',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6fb',
  },
  tabBar: {
    color: '#8a94a6',
    selectedColor: '#1f5eff',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: TAB_BAR_ITEMS.map(({ pagePath, text, icon }) => ({
      pagePath,
      text,
      iconPath: `assets/tabbar/${icon}.png`,
      selectedIconPath: `assets/tabbar/${icon}-active.png`,
    })),
  },
})
