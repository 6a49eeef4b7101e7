# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	24597	24597	24597
0.666667	14899	14899	14899
1.66667	4417	4417	4417
2.66667	23945	23945	23945
3.66667	28192	28192	28192
4.66667	21059	21059	21059
5.66667	5831	5831	5831
EOD
$d1 << EOD
-0.2	3406	3406	3406
0.8	11261	11261	11261
1.8	10692	10692	10692
2.8	10299	10299	10299
3.8	25809	25809	25809
4.8	9257	9257	9257
5.8	8196	8196	8196
EOD
$d2 << EOD
-0.0666667	1091	1091	1091
0.933333	1152	1152	1152
1.93333	1353	1353	1353
2.93333	1342	1342	1342
3.93333	24957	24957	24957
4.93333	1212	1212	1212
5.93333	1222	1222	1222
EOD
$d3 << EOD
0.0666667	48983	48983	48983
1.06667	62730	62730	62730
2.06667	59091	59091	59091
3.06667	55796	55796	55796
4.06667	108415	108415	108415
5.06667	65864	65864	65864
6.06667	52370	52370	52370
EOD
$d4 << EOD
0.2	1233	1233	1233
1.2	2726	2726	2726
2.2	4550	4550	4550
3.2	3937	3937	3937
4.2	23264	23264	23264
5.2	4188	4188	4188
6.2	11061	11061	11061
EOD
$d5 << EOD
0.333333	27053	27053	27053
1.33333	31951	31951	31951
2.33333	33274	33274	33274
3.33333	29576	29576	29576
4.33333	74381	74381	74381
6.33333	30296	30296	30296
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [808.148:146360]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
