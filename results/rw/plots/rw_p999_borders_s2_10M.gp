# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	24638	24638	24638
0.79	27011	27011	27011
1.79	27833	27833	27833
2.79	26110	26110	26110
3.79	29687	29687	29687
4.79	28664	28664	28664
5.79	25477	25477	25477
EOD
$d1 << EOD
-0.07	21552	21552	21552
0.93	20208	20208	20208
1.93	18795	18795	18795
2.93	4.44459e+06	4.44459e+06	4.44459e+06
3.93	29678	29678	29678
4.93	23075	23075	23075
5.93	16471	16471	16471
EOD
$d2 << EOD
0.07	24898	24898	24898
1.07	24438	24438	24438
2.07	25489	25489	25489
3.07	26902	26902	26902
4.07	30989	30989	30989
5.07	26171	26171	26171
6.07	26061	26061	26061
EOD
$d3 << EOD
0.21	71464	71464	71464
1.21	66305	66305	66305
2.21	53663	53663	53663
3.21	40887	40887	40887
4.21	143901	143901	143901
5.21	58952	58952	58952
6.21	92224	92224	92224
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [12200.7:6.0002e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
