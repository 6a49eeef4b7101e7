# Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	0.435	0.330764	0.681886
0.79	0.434	0.333865	0.436859
1.79	0.332	0.266314	0.433291
2.79	0.338	0.308723	0.410008
3.79	0.226	0.211058	0.244766
4.79	0.363	0.261712	0.467855
5.79	0.416	0.387838	0.461308
EOD
$d1 << EOD
-0.07	0.754	0.631671	1.05553
0.93	0.846	0.745453	1.11523
1.93	0.926	0.810473	1.15951
2.93	1.343	1.03359	1.4589
3.93	0.275	0.257611	0.310782
4.93	0.758	0.680595	0.972781
5.93	0.9	0.807989	1.0125
EOD
$d2 << EOD
0.07	0.555	0.430371	0.623636
1.07	0.473	0.386664	0.647767
2.07	0.452	0.369868	0.689979
3.07	0.389	0.261368	0.578464
4.07	0.217	0.153305	0.228766
5.07	0.529	0.449321	0.560319
6.07	0.652	0.629968	0.812929
EOD
$d3 << EOD
0.21	0.166	0.0958599	0.170055
1.21	0.163	0.103355	0.16639
2.21	0.182	0.160124	0.186988
3.21	0.231	0.205717	0.232774
4.21	0.05	0.0430053	0.0507193
5.21	0.152	0.142344	0.15283
6.21	0.157	0.144289	0.163089
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, borders_s2_10M: Mops/s, min-max bars (higher is better)" font ",12"
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
set yrange [0.0318558:1.96952]
set format y "%g"
set ylabel "Mops/s (log scale)"
set ytics (0.05, 0.1, 0.2, 0.5, 1)
plot $d0 using 1:2:3:4 with yerrorbars lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2:3:4 with yerrorbars lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2:3:4 with yerrorbars lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2:3:4 with yerrorbars lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
