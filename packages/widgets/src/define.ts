// Registers <netweave-provider> first (widgets in the page then find it as they upgrade), then
// every widget (the TRIZ board too), each guarded: a page that also loads a single widget’s file
// does not clash.
import '@netweave/core/provider.js';
import '@netweave/self-assessment/define.js';
import '@netweave/commitments-wall/define.js';
import '@netweave/commitments-wall/triz-board/define.js';
import '@netweave/challenge-chart/define.js';
