# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	22723	22723	22723
0.666667	23234	23234	23234
1.66667	22193	22193	22193
2.66667	20849	20849	20849
3.66667	25278	25278	25278
4.66667	22973	22973	22973
5.66667	23616	23616	23616
EOD
$d1 << EOD
-0.2	1183	1183	1183
0.8	10410	10410	10410
1.8	9840	9840	9840
2.8	9598	9598	9598
3.8	23975	23975	23975
4.8	10100	10100	10100
5.8	7445	7445	7445
EOD
$d2 << EOD
-0.0666667	931	931	931
0.933333	1003	1003	1003
1.93333	952	952	952
2.93333	1173	1173	1173
3.93333	24778	24778	24778
4.93333	932	932	932
5.93333	962	962	962
EOD
$d3 << EOD
0.0666667	46258	46258	46258
1.06667	43042	43042	43042
2.06667	43773	43773	43773
3.06667	41749	41749	41749
4.06667	100821	100821	100821
5.06667	49744	49744	49744
6.06667	54734	54734	54734
EOD
$d4 << EOD
0.2	1022	1022	1022
1.2	1223	1223	1223
2.2	1243	1243	1243
3.2	1212	1212	1212
4.2	24668	24668	24668
5.2	1223	1223	1223
6.2	2055	2055	2055
EOD
$d5 << EOD
0.333333	26421	26421	26421
1.33333	29667	29667	29667
2.33333	33003	33003	33003
3.33333	31471	31471	31471
4.33333	49574	49574	49574
6.33333	26932	26932	26932
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 28520abf2478 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T09:13:27Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [689.63:136108]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
