# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	22664	22664	22664
0.666667	25358	25358	25358
1.66667	24266	24266	24266
2.66667	24046	24046	24046
3.66667	26912	26912	26912
4.66667	22434	22434	22434
5.66667	23515	23515	23515
EOD
$d1 << EOD
-0.2	4149	4149	4149
0.8	6964	6964	6964
1.8	10100	10100	10100
2.8	817498	817498	817498
3.8	25439	25439	25439
4.8	7715	7715	7715
5.8	10041	10041	10041
EOD
$d2 << EOD
-0.0666667	3558	3558	3558
0.933333	1313	1313	1313
1.93333	1272	1272	1272
2.93333	3789	3789	3789
3.93333	25229	25229	25229
4.93333	1443	1443	1443
5.93333	1763	1763	1763
EOD
$d3 << EOD
0.0666667	55375	55375	55375
1.06667	53331	53331	53331
2.06667	53381	53381	53381
3.06667	53200	53200	53200
4.06667	106662	106662	106662
5.06667	62087	62087	62087
6.06667	57739	57739	57739
EOD
$d4 << EOD
0.2	12424	12424	12424
1.2	14107	14107	14107
2.2	8818	8818	8818
3.2	16090	16090	16090
4.2	22753	22753	22753
5.2	13125	13125	13125
6.2	13456	13456	13456
EOD
$d5 << EOD
0.333333	27222	27222	27222
1.33333	29967	29967	29967
2.33333	32162	32162	32162
3.33333	33393	33393	33393
4.33333	51729	51729	51729
6.33333	30539	30539	30539
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
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
set yrange [942.222:1.10362e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
