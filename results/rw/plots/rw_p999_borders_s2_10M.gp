# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	25190	25190	25190
0.666667	25660	25660	25660
1.66667	22745	22745	22745
2.66667	25560	25560	25560
3.66667	29316	29316	29316
4.66667	26540	26540	26540
5.66667	23234	23234	23234
EOD
$d1 << EOD
-0.2	8666	8666	8666
0.8	11341	11341	11341
1.8	11592	11592	11592
2.8	880546	880546	880546
3.8	31289	31289	31289
4.8	13066	13066	13066
5.8	12534	12534	12534
EOD
$d2 << EOD
-0.0666667	4269	4269	4269
0.933333	18555	18555	18555
1.93333	25919	25919	25919
2.93333	27743	27743	27743
3.93333	30108	30108	30108
4.93333	26872	26872	26872
5.93333	27863	27863	27863
EOD
$d3 << EOD
0.0666667	66877	66877	66877
1.06667	58121	58121	58121
2.06667	69683	69683	69683
3.06667	79401	79401	79401
4.06667	123844	123844	123844
5.06667	65415	65415	65415
6.06667	74482	74482	74482
EOD
$d4 << EOD
0.2	26982	26982	26982
1.2	30819	30819	30819
2.2	31660	31660	31660
3.2	32702	32702	32702
4.2	33643	33643	33643
5.2	28614	28614	28614
6.2	27741	27741	27741
EOD
$d5 << EOD
0.333333	31230	31230	31230
1.33333	31560	31560	31560
2.33333	36701	36701	36701
3.33333	35677	35677	35677
4.33333	82046	82046	82046
6.33333	29235	29235	29235
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:17:34Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [3162.22:1.18874e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
