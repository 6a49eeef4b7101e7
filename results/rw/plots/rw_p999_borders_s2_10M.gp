# Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	12735	12735	12735
0.666667	22613	22613	22613
1.66667	12144	12144	12144
2.66667	23635	23635	23635
3.66667	26371	26371	26371
4.66667	21712	21712	21712
5.66667	4479	4479	4479
EOD
$d1 << EOD
-0.2	4338	4338	4338
0.8	4889	4889	4889
1.8	4398	4398	4398
2.8	4078	4078	4078
3.8	25799	25799	25799
4.8	4267	4267	4267
5.8	4579	4579	4579
EOD
$d2 << EOD
-0.0666667	4438	4438	4438
0.933333	25528	25528	25528
1.93333	27702	27702	27702
2.93333	27133	27133	27133
3.93333	27933	27933	27933
4.93333	26762	26762	26762
5.93333	26650	26650	26650
EOD
$d3 << EOD
0.0666667	54854	54854	54854
1.06667	55324	55324	55324
2.06667	44695	44695	44695
3.06667	42550	42550	42550
4.06667	108095	108095	108095
5.06667	57539	57539	57539
6.06667	56988	56988	56988
EOD
$d4 << EOD
0.2	26369	26369	26369
1.2	29445	29445	29445
2.2	29947	29947	29947
3.2	30247	30247	30247
4.2	33142	33142	33142
5.2	28754	28754	28754
6.2	26360	26360	26360
EOD
$d5 << EOD
0.333333	32000	32000	32000
1.33333	32251	32251	32251
2.33333	32302	32302	32302
3.33333	32822	32822	32822
4.33333	56849	56849	56849
6.33333	28414	28414	28414
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen d7e9cb76177e | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T11:44:52Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [3020.74:145928]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
