# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.533	0.353286	0.86636
0.79	0.483	0.31753	0.575371
1.79	0.394	0.310083	0.613881
2.79	0.467	0.311257	0.56016
3.79	0.327	0.230876	0.351805
4.79	0.449	0.384255	0.689737
5.79	0.586	0.462782	0.711255
EOD
$d1 << EOD
-0.07	0.994	0.780991	1.39599
0.93	0.965	0.892329	1.46011
1.93	1.337	1.10739	1.51744
2.93	1.687	1.16512	2.27126
3.93	0.342	0.269606	0.424451
4.93	0.987	0.967263	1.4424
5.93	1.002	0.878048	1.26759
EOD
$d2 << EOD
0.07	0.698	0.471252	0.872732
1.07	0.659	0.4655	0.784516
2.07	0.52	0.45905	0.685829
3.07	0.551	0.494362	0.615717
4.07	0.283	0.273627	0.318024
5.07	0.626	0.509643	0.698953
6.07	0.869	0.63788	0.934886
EOD
$d3 << EOD
0.21	0.049	0.0240138	0.0637167
1.21	0.063	0.0264492	0.077224
2.21	0.075	0.0490851	0.0983432
3.21	0.086	0.0634937	0.0985696
4.21	0.017	0.0131319	0.0229759
5.21	0.041	0.0406344	0.0651794
6.21	0.059	0.036224	0.0696909
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 8b71512f9a07 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T23:19:17Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [0.0097273:3.0662]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics autofreq
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
