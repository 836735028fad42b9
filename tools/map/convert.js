// Converts Natural Earth's Admin 0 countries (1:50m, the npm package world-atlas@2.0.2, countries-50m.json) into the
// small file the application ships: src/main/resources/map/allies-map.tsv. Run once, by hand; the build never runs it.
//
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node tools/map/convert.js package/countries-50m.json > src/main/resources/map/allies-map.tsv
//
// Two panels on one 1000 x 760 canvas: Europe (Lambert azimuthal equal-area centred on 10°E 52°N, as EPSG:3035) and,
// as an inset at the top left, North America (the same projection centred on 100°W 52°N, smaller). Every country
// touching a panel is kept (allies coloured, the others drawn as grey context); points are rounded to whole units and
// points closer than 1 unit to the previous one dropped. Lines: "panel\tx\ty\tw\th" for each panel's frame, then
// "iso3\tpanel\tpath" (SVG path data, M/L/Z only); countries without an ISO code get "-".
'use strict';
const fs = require('fs');
const topo = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const ISO3 = { '008': 'ALB', '056': 'BEL', '100': 'BGR', '124': 'CAN', '191': 'HRV', '203': 'CZE', '208': 'DNK',
  '233': 'EST', '246': 'FIN', '250': 'FRA', '276': 'DEU', '300': 'GRC', '348': 'HUN', '352': 'ISL', '380': 'ITA',
  '428': 'LVA', '440': 'LTU', '442': 'LUX', '499': 'MNE', '528': 'NLD', '807': 'MKD', '578': 'NOR', '616': 'POL',
  '620': 'PRT', '642': 'ROU', '703': 'SVK', '705': 'SVN', '724': 'ESP', '752': 'SWE', '792': 'TUR', '826': 'GBR',
  '840': 'USA',
  // neighbours, drawn grey
  '040': 'AUT', '756': 'CHE', '372': 'IRL', '643': 'RUS', '804': 'UKR', '112': 'BLR', '498': 'MDA', '688': 'SRB',
  '070': 'BIH', '268': 'GEO', '051': 'ARM', '031': 'AZE', '364': 'IRN', '368': 'IRQ', '760': 'SYR', '196': 'CYP',
  '304': 'GRL', '484': 'MEX', '012': 'DZA', '788': 'TUN', '504': 'MAR', '434': 'LBY', '818': 'EGY', '422': 'LBN',
  '376': 'ISR', '400': 'JOR', '438': 'LIE', '492': 'MCO', '674': 'SMR', '336': 'VAT', '020': 'AND', '470': 'MLT',
  '398': 'KAZ' };

const PANELS = {
  europe: { lon0: 10, lat0: 52, x: 0, y: 0, w: 1000, h: 760, cx: 505, cy: 400, k: 0.000150 },
  americas: { lon0: -100, lat0: 52, x: 6, y: 300, w: 262, h: 214, cx: 140, cy: 425, k: 0.0000262 },
};
const R = 6371007;
function laea(p, lon, lat) {
  const rad = Math.PI / 180, l = (lon - p.lon0) * rad, f = lat * rad, f0 = p.lat0 * rad;
  const k = Math.sqrt(2 / (1 + Math.sin(f0) * Math.sin(f) + Math.cos(f0) * Math.cos(f) * Math.cos(l)));
  const x = R * k * Math.cos(f) * Math.sin(l);
  const y = R * k * (Math.cos(f0) * Math.sin(f) - Math.sin(f0) * Math.cos(f) * Math.cos(l));
  return [p.cx + x * p.k, p.cy - y * p.k];
}

const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
function ring(indexes) {
  const out = [];
  for (const i of indexes) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    a.forEach((pt, j) => { if (j > 0 || out.length === 0) out.push(pt); });
  }
  return out;
}
function polygons(g) {
  if (g.type === 'Polygon') return [g.arcs.map(ring)];
  if (g.type === 'MultiPolygon') return g.arcs.map(p => p.map(ring));
  return [];
}

const out = [];
for (const [name, p] of Object.entries(PANELS)) out.push([name, p.x, p.y, p.w, p.h].join('\t'));
for (const g of topo.objects.countries.geometries) {
  const iso3 = ISO3[g.id] || '-';
  for (const [name, p] of Object.entries(PANELS)) {
    if (name === 'americas' && !['USA', 'CAN', 'GRL', 'MEX'].includes(iso3)) continue;
    if (name === 'europe' && ['USA', 'CAN', 'MEX'].includes(iso3)) continue;
    let d = '';
    for (const poly of polygons(g)) {
      for (const r of poly) {
        // keep only parts whose points fall near the panel; the hemisphere opposite the centre is dropped
        const pts = r.filter(([lon]) => Math.abs(((lon - p.lon0 + 540) % 360) - 180) < 90).map(([lon, lat]) => laea(p, lon, lat));
        if (pts.length < 3) continue;
        const inside = pts.some(([x, y]) => x >= p.x - 20 && x <= p.x + p.w + 20 && y >= p.y - 20 && y <= p.y + p.h + 20);
        if (!inside) continue;
        let last = null, part = '';
        for (const [x, y] of pts) {
          if (last && Math.hypot(x - last[0], y - last[1]) < 1.0) continue;
          part += (part ? "L" : "M") + x.toFixed(0) + " " + y.toFixed(0);
          last = [x, y];
        }
        if ((part.match(/L/g) || []).length >= 2) d += part + 'Z';
      }
    }
    if (d) out.push([iso3, name, d].join('\t'));
  }
}
process.stdout.write(out.join('\n') + '\n');
