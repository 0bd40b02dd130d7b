// The product style sheet. Kept in Swift so the binary serves it from any working folder.
extension Stylesheet {
    static let css = #"""
/* Mentor Mirror: calm, readable, accessible. No framework. */
:root {
  --ink: #1d2733;
  --ink-soft: #4a5766;
  --paper: #fbfaf7;
  --card: #ffffff;
  --line: #d9dde2;
  --accent: #1f5f7a;      /* 7.1:1 on white */
  --accent-soft: #e6f0f4;
  --ok: #2e6b3a;
  --warn: #8a4b00;
  --error: #a3201b;
  --focus: #f2b705;
  --radius: 6px;
  font-size: 100%;
}
* { box-sizing: border-box; }
body {
  margin: 0; color: var(--ink); background: var(--paper);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: var(--card); border-bottom: 1px solid var(--line); }
.site-header__inner { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; display: flex; align-items: center; gap: .4rem; }
.brand__mark { color: var(--accent); font-size: 1.3rem; }
.site-nav { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; flex: 1; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.site-nav a { text-decoration: none; color: var(--ink-soft); padding: .25rem 0; border-bottom: 2px solid transparent; }
.site-nav a[aria-current="page"] { color: var(--accent); border-bottom-color: var(--accent); }
.site-nav__signout { margin: 0 0 0 auto; }
.link-button { background: none; border: 0; color: var(--accent); font: inherit; cursor: pointer; text-decoration: underline; padding: .25rem 0; }
.language-switch { display: flex; gap: .25rem; margin: 0; }
.language-switch button { font: inherit; font-size: .85rem; border: 1px solid var(--line); background: var(--card); color: var(--ink-soft); border-radius: var(--radius); padding: .15rem .5rem; cursor: pointer; }
.language-switch button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.content { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.content:focus { outline: none; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .2rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.lead { font-size: 1.1rem; color: var(--ink-soft); max-width: 46rem; }
.muted { color: var(--ink-soft); }
.site-footer { border-top: 1px solid var(--line); color: var(--ink-soft); font-size: .9rem; }
.site-footer p { max-width: 72rem; margin: 0 auto; padding: 1rem; }
.flash { background: var(--accent-soft); border-left: 4px solid var(--accent); padding: .6rem 1rem; border-radius: var(--radius); margin-bottom: 1rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
section + section { margin-top: 1.5rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; }
.card h2, .card h3 { margin-top: 0; }
.figure { font-size: 1.8rem; font-weight: 700; color: var(--accent); }
.badge { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border-radius: 999px; background: var(--accent-soft); color: var(--accent); border: 1px solid #b9d3de; }
.badge--warn { background: #fff4e5; color: var(--warn); border-color: #f0c98f; }
.badge--muted { background: #f0f1f3; color: var(--ink-soft); border-color: var(--line); }
table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); }
th, td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: var(--ink-soft); background: #f6f7f8; }
/* Positioned, so a visually hidden text inside a scrolled table cannot widen the page. */
.table-wrap { overflow-x: auto; position: relative; }
form.stack { max-width: 40rem; }
.field { margin: 0 0 1rem; border: 0; padding: 0; }
fieldset.field { border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem .9rem .75rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input.weight { width: 5rem; margin-right: .5rem; }
.check { display: flex; align-items: center; gap: .5rem; }
.check label { font-weight: 400; margin: 0; }
/* The one-page conversation log: a row per new record, choices side by side, big enough to tap. */
.log-part { margin: 0 0 1.75rem; }
#saved { scroll-margin-top: 1rem; }
.log-row { border: 1px solid var(--line); border-radius: var(--radius); padding: .5rem .9rem .25rem; margin: 0 0 .75rem; }
.log-choice { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
fieldset.log-choice { border: 0; padding: 0; }
.log-choice legend { width: 100%; padding: 0; }
.log-part .check { min-height: 2.75rem; }
input[type=radio] { width: 1.1rem; height: 1.1rem; }
.hint { margin: 0 0 .3rem; color: var(--ink-soft); font-size: .9rem; }
input[type=text], input[type=email], input[type=password], input[type=date], input[type=number], select, textarea {
  width: 100%; font: inherit; color: var(--ink); background: #fff; border: 1px solid #8c96a1; border-radius: var(--radius); padding: .45rem .6rem;
}
input[type=checkbox] { width: 1.1rem; height: 1.1rem; }
.field--error input, .field--error textarea, .field--error select { border-color: var(--error); border-width: 2px; }
.field-error { color: var(--error); font-weight: 600; margin: 0 0 .3rem; }
.required { color: var(--error); }
.error-summary { border: 2px solid var(--error); border-radius: var(--radius); background: #fff; padding: .5rem 1rem; margin-bottom: 1.25rem; }
.error-summary a { color: var(--error); }
.button, button.button { display: inline-block; font: inherit; font-weight: 600; background: var(--accent); color: #fff; border: 1px solid var(--accent); border-radius: var(--radius); padding: .5rem 1.1rem; cursor: pointer; text-decoration: none; }
.button--secondary, button.button--secondary { background: var(--card); color: var(--accent); }
.form-actions { display: flex; gap: .75rem; align-items: center; margin-top: 1.25rem; }
.inline-form { display: inline; margin: 0; }
li > .inline-form, .badge + .inline-form { margin-left: .75rem; }
details { margin: .75rem 0; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.row-actions { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin-bottom: 1rem; }
.filters .field { margin: 0; flex: 1 1 12rem; }
.paging { display: flex; gap: 1rem; justify-content: space-between; margin-top: 1rem; }
.row-actions button { font: inherit; font-size: .9rem; }
.page-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: .5rem 1rem; }
.empty-state { background: var(--card); border: 1px dashed var(--line); border-radius: var(--radius); padding: 1.25rem; color: var(--ink-soft); }
.signin { max-width: 26rem; margin: 2rem auto; }
.list-plain { list-style: none; padding: 0; margin: 0; }
.list-plain li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
.import-errors li { color: var(--error); }
pre.sample { background: #f3f4f6; padding: .75rem; border-radius: var(--radius); overflow-x: auto; font-size: .9rem; }
.mirror-section { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .5rem; }
.mirror-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; margin: .75rem 0 1rem; }
/* The mentee's view: the two questions' counts side by side where there is room (issue 14). */
.mentee-view-tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 0 1.5rem; }
.distribution-bar { color: var(--accent); white-space: nowrap; }
.mirror-figure { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: .6rem .8rem; }
.mirror-figure__label { font-size: .85rem; color: var(--ink-soft); }
.mirror-figure__value { font-size: 1.5rem; font-weight: 700; color: var(--accent); }
.mirror-figure__basis { font-size: .8rem; color: var(--ink-soft); }
.prompt { border-left: 4px solid var(--focus); background: #fffbea; padding: .6rem 1rem; border-radius: var(--radius); font-style: italic; }
.flash--warn { background: #fff4e5; border-left-color: var(--warn); }
svg.chart { width: 100%; max-width: 40rem; height: auto; display: block; margin: .5rem 0; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); }
svg.chart--balance { max-width: 40rem; border: 0; background: none; }
.chart-table summary { font-weight: 400; font-size: .9rem; }
.chart-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
.chart-legend li { display: flex; align-items: center; gap: .35rem; }
.chart-key { flex: none; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem; vertical-align: middle; }
.swatch--0 { background: #1f5f7a; } .swatch--1 { background: #8a4b00; } .swatch--2 { background: #2e6b3a; }
.swatch--3 { background: #6b3a8a; } .swatch--4 { background: #a3201b; } .swatch--5 { background: #4a5766; }
.record-link { margin-right: .75rem; font-size: .9rem; }
.period-form { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem; margin: .5rem 0 1rem; }
.period-form label { margin: 0; font-weight: 400; }
.period-form input { width: auto; }
.reflection + .reflection { margin-top: 1rem; }
@media (max-width: 40rem) {
  .site-nav__signout { margin-left: 0; }
  h1 { font-size: 1.4rem; }
  th, td { padding: .4rem .5rem; }
}
/* A phone is a first-class screen (390 px). The menu folds away behind "Menu" without
   JavaScript: a visually hidden checkbox before the navigation, its label as the button. */
.nav-toggle, .nav-toggle__label { display: none; }
.site-header__inner { position: relative; }
.error-links { padding-left: 1.1rem; }
@media (max-width: 60rem) {
  .site-header__inner { gap: .5rem; }
  .brand { font-size: 1.05rem; }
  .nav-toggle { display: block; position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
  .nav-toggle__label { display: inline-flex; align-items: center; gap: .4rem; order: 1; margin: 0 0 0 auto; font-weight: 600;
    border: 1px solid #8c96a1; border-radius: var(--radius); padding: .3rem .6rem; cursor: pointer; background: var(--card); color: var(--ink); }
  .nav-toggle:focus-visible + .nav-toggle__label { outline: 3px solid var(--focus); outline-offset: 2px; }
  .nav-toggle:checked + .nav-toggle__label { background: var(--accent-soft); border-color: var(--accent); }
  .language-switch { order: 2; }
  .site-nav { display: none; order: 3; flex: 1 0 100%; }
  .nav-toggle:checked ~ .site-nav { display: block; }
  .site-nav ul { display: block; }
  .site-nav li a { display: block; padding: .6rem 0; border-bottom: 1px solid var(--line); }
  .site-nav a[aria-current="page"] { border-bottom: 2px solid var(--accent); font-weight: 600; }
  .site-nav__signout { margin: .35rem 0 .25rem; }
  .site-nav__signout .link-button { padding: .45rem 0; }
  /* Tables: the first (key) column stays in view while the rest scrolls; headers wrap. */
  .table-wrap > table > * > tr > :first-child { position: sticky; left: 0; z-index: 1; background: var(--card); box-shadow: 1px 0 0 var(--line); }
  .table-wrap > table > thead > tr > :first-child { background: #f6f7f8; }
  th { text-transform: none; letter-spacing: 0; hyphens: auto; }
  td { overflow-wrap: break-word; }
  /* Charts are drawn 640 units wide; at 390 px that is about 0.56 px a unit, so the labels get
     bigger units to stay about 11 px on screen. */
  svg.chart { overflow: visible; }
  svg.chart text { font-size: 20px; }
  svg.chart--balance text { font-size: 22px; }
  /* Fewer labels on the x axis, the first and last always: the chart marks those a phone has no room for. */
  svg.chart .chart__x .chart__wide { display: none; }
  /* A sample file wraps instead of scrolling, so no region needs the keyboard to scroll it. */
  pre.sample { white-space: pre-wrap; overflow-wrap: anywhere; }
}
.table-wrap[role=region]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media print {
  @page { size: A4; margin: 12mm; }
  .site-header, .site-footer, .skip-link, .language-switch, .no-print, .chart-table, form, .hint { display: none !important; }
  body { background: #fff; font-size: 8.5pt; line-height: 1.3; }
  .content { padding: 0; max-width: none; }
  h1 { font-size: 14pt; margin: 0 0 2pt; }
  h2 { font-size: 10.5pt; margin: 4pt 0 3pt; }
  h3 { font-size: 9.5pt; margin: 3pt 0 2pt; }
  p { margin: 2pt 0; }
  .mirror-section { margin-top: 4pt; padding-top: 2pt; }
  .mirror-figures { grid-template-columns: repeat(4, 1fr); gap: 3pt; margin: 2pt 0; }
  .mirror-figure, .card, table, svg.chart, .prompt, .flash { break-inside: avoid; }
  .mirror-figure { padding: 2pt 4pt; }
  .mirror-figure__value { font-size: 11pt; }
  svg.chart { display: inline-block; width: 88mm; max-width: 88mm; margin: 2pt 2mm 2pt 0; vertical-align: top; }
  svg.chart--balance { width: 120mm; max-width: 120mm; }
  .cards { grid-template-columns: repeat(3, 1fr); gap: 4pt; }
  .card { padding: 3pt 5pt; }
  .prompt { padding: 2pt 5pt; }
  .flash { padding: 2pt 5pt; margin: 2pt 0; }
  ul { margin: 2pt 0; }
  th, td { padding: 1pt 3pt; }
  a { color: inherit; text-decoration: none; }
  /* One mentee's mirror on two A4 pages: charts two by two with their legends on one line, the
     mentee's view side by side, and the on-screen explanations left out. */
  body { font-size: 8pt; }
  table { font-size: 7.5pt; }
  .table-wrap { margin: 2pt 0; }
  .mirror-block { margin: 2pt 0; }
  .mirror-figure__basis { font-size: 7pt; }
  .mirror-section .muted { display: none; }
  .chart-figure { display: inline-block; width: 88mm; vertical-align: top; margin-right: 2mm; }
  .chart-figure svg.chart { width: 86mm; max-width: 86mm; margin: 0; }
  .chart-legend { font-size: 7pt; margin: 0; padding: 0; }
  .chart-legend li { display: inline-block; margin-right: 6pt; }
  .chart-key { width: 12pt; height: 7pt; }
  .mentee-view-tables { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt; }
}
/* What each of you did with the talk (conversation page): a column per side, row headers in plain text. */
.talk-moves table { min-width: 20rem; }
.talk-moves tbody th { text-transform: none; letter-spacing: 0; font-size: .95rem; color: var(--ink); background: none; font-weight: 400; }
.talk-moves tbody th[scope=rowgroup] { font-weight: 600; background: #f6f7f8; }
.talk-moves tbody th[scope=rowgroup] .hint { display: block; font-weight: 400; margin: .2rem 0 0; }
.talk-moves th.talk-moves__sub { padding-left: 1.75rem; }
.talk-moves td { white-space: nowrap; font-variant-numeric: tabular-nums; }
.talk-moves__role { display: block; text-transform: none; letter-spacing: 0; font-weight: 400; }
@media (max-width: 40rem) {
  .talk-moves table { min-width: 0; }
  .talk-moves th, .talk-moves td { padding-left: .4rem; padding-right: .4rem; }
  .talk-moves td { white-space: normal; }
  .talk-moves thead th + th, .talk-moves td { width: 28%; }
}
"""#
}
