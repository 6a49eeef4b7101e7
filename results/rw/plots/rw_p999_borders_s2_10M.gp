# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	25398	25398	25398
0.79	27662	27662	27662
1.79	28735	28735	28735
2.79	26591	26591	26591
3.79	30839	30839	30839
4.79	25539	25539	25539
5.79	24518	24518	24518
EOD
$d1 << EOD
-0.07	22754	22754	22754
0.93	14719	14719	14719
1.93	18898	18898	18898
2.93	2.10253e+06	2.10253e+06	2.10253e+06
3.93	29126	29126	29126
4.93	16271	16271	16271
5.93	17844	17844	17844
EOD
$d2 << EOD
0.07	25217	25217	25217
1.07	24627	24627	24627
2.07	24978	24978	24978
3.07	26511	26511	26511
4.07	26932	26932	26932
5.07	23756	23756	23756
6.07	26150	26150	26150
EOD
$d3 << EOD
0.21	4.14468e+06	4.14468e+06	4.14468e+06
1.21	4.24388e+06	4.24388e+06	4.24388e+06
2.21	4.09241e+06	4.09241e+06	4.09241e+06
3.21	4.05998e+06	4.05998e+06	4.05998e+06
4.21	7.01262e+06	7.01262e+06	7.01262e+06
5.21	4.18824e+06	4.18824e+06	4.18824e+06
6.21	4.11425e+06	4.11425e+06	4.11425e+06
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [10903:9.46704e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
