"""Reference values for test/reference.test.ts, computed independently of the SDK with pandas 1.5.3
and statsmodels 0.13.5 (Debian bookworm: apt-get install python3-pandas python3-statsmodels).

Run: /usr/bin/python3 test/reference/compute.py   (prints JSON pasted into reference.test.ts)
"""
import json
import pathlib
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

here = pathlib.Path(__file__).resolve().parent
df = pd.read_csv(here.parent / 'fixtures' / 'reference-responses.csv', dtype=str, keep_default_na=False)
ids = ['building-relationships', 'evaluating-your-network', 'finding-the-time', 'generating-ideas',
       'hassles-with-hierarchies', 'ideas-to-action', 'inclusivity-and-diversity', 'network-mapping', 'peer-support']
ratings = df[ids].replace('', float('nan')).astype(float)
out = {'challenges': {}, 'groups': {}, 'alpha': {}}
for c in ids:
    col = ratings[c].dropna()
    base = int(col.count())
    identified = int((col >= 3).sum())
    lo, hi = proportion_confint(identified, base, alpha=0.05, method='wilson')
    out['challenges'][c] = {
        'base': base, 'identified': identified, 'lo': lo, 'hi': hi,
        'mean': col.mean(), 'sd': col.std(ddof=1), 'median': col.median(),
    }
for dim, column in [('sector', 'sector'), ('session', 'session_id'), ('nation', 'nation')]:
    out['groups'][dim] = {k: int(v) for k, v in df.groupby(column).size().items()}
# base per session for one challenge
out['groups']['session_base_finding_the_time'] = {k: int(v) for k, v in ratings['finding-the-time'].groupby(df['session_id']).count().items()}
# Cronbach's alpha on complete cases (listwise deletion)
complete = ratings.dropna()
k = len(ids)
cov = complete.cov()
total_var = cov.values.sum()
out['alpha']['n'] = int(len(complete))
out['alpha']['raw'] = (k / (k - 1)) * (1 - cov.values.diagonal().sum() / total_var)
corr = complete.corr()
rbar = (corr.values.sum() - k) / (k * (k - 1))
out['alpha']['standardised'] = k * rbar / (1 + (k - 1) * rbar)
total = complete.sum(axis=1)
out['alpha']['itemTotal'] = {c: complete[c].corr(total - complete[c]) for c in ids}
print(json.dumps(out, indent=1))
