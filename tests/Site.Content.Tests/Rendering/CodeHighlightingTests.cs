using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Content.Rendering.Highlighting;

namespace Site.Content.Tests.Rendering;

public sealed class CodeHighlightingTests
{
    private static RenderedBody Render(string markdown) => BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts));

    private static IElement Code(string html) => new HtmlParser().ParseDocument(html).QuerySelector("pre > code")!;

    // Liquid runs in code too, as in Jekyll: a sample in a template language is wrapped in raw, as its author would.
    private static string Fence(string language, string code) => $"{{% raw %}}\n```{language}\n{code}\n```\n{{% endraw %}}\n";

    /// <summary>The highlighted tokens of a block: each span's class and text.</summary>
    private static List<(string Class, string Text)> Spans(IElement code) =>
        [.. code.QuerySelectorAll("span[class]:not(.line)").Select(span => (span.ClassName!, span.TextContent))];

    /// <summary>
    /// A small real-looking sample of every language the site names, and tokens a reader should see coloured, each as a
    /// class prefix and the token's text: k keyword, s string, c comment, m number, nf function, nc class or type,
    /// nb builtin, nt tag or key, nv variable, g... diff and markdown's generic classes.
    /// </summary>
    public static TheoryData<string, string, string[]> Samples => new()
    {
        { "bash", """
            # back up the exports
            for year in 2022 2023; do
              cp "data/$year.csv" backup/ || exit 1
            done
            """, ["c:# back up the exports", "k:for", "k:do", "s:\"data/", "nv:$year", "nb:exit"] },
        { "console", """
            $ pip install pandas
            Successfully installed pandas-2.2.0
            $ echo "done" # report
            """, ["gp:$", "go:Successfully installed pandas-2.2.0", "nb:echo", "s:\"done\"", "c:# report"] },
        { "c", """
            /* count lines */
            int count(FILE *in) {
                int n = 0; // so far
                return n + 1;
            }
            """, ["c:/* count lines */", "kt:int", "nf:count", "k:return", "m:0", "c:// so far"] },
        { "cpp", """
            // mean of scores
            double mean(const std::vector<double>& xs) {
                if (xs.empty()) return 0.0;
                return total / xs.size();
            }
            std::string name = "lab";
            """, ["c:// mean of scores", "kt:double", "nf:mean", "k:if", "m:0.0", "s:\"lab\""] },
        { "csharp", """
            /// <summary>Counts answers.</summary>
            public sealed class Tally
            {
                public int Add(string answer) => answer.Length + 1; // one more
                private const string Name = "tally";
            }
            """, ["k:public", "k:class", "nc:Tally", "kt:int", "nf:Add", "m:1", "c:// one more", "s:\"tally\""] },
        { "css", """
            /* cards */
            .entry article { gap: 1.25rem; font-family: "Noto Serif", serif; }
            """, ["c:/* cards */", "nc:.entry", "nt:article", "py:gap", "m:1.25", "s:\"Noto Serif\""] },
        { "diff", """
            --- a/clean.py
            +++ b/clean.py
            @@ -1,2 +1,2 @@
            -THRESHOLD = 0.5
            +THRESHOLD = 0.75
            """, ["gh:--- a/clean.py", "gd:-THRESHOLD = 0.5", "gi:+THRESHOLD = 0.75"] },
        { "dockerfile", """
            # analysis image
            FROM python:3.12-slim
            RUN pip install pandas
            CMD ["python", "-m", "serve"]
            """, ["c:# analysis image", "k:FROM", "k:RUN", "s:\"python\""] },
        { "go", """
            // countWords counts words.
            func countWords(line string) int {
                return len(strings.Fields(line)) + 1
            }
            var greeting = "hello"
            """, ["c:// countWords counts words.", "k:func", "nf:countWords", "kt:string", "k:return", "m:1", "s:\"hello\""] },
        { "html", """
            <!-- sign-up form -->
            <form action="/signup" method="post">
              <button class="primary">Join &amp; read</button>
            </form>
            """, ["c:<!-- sign-up form -->", "nt:form", "na:action", "s:\"/signup\"", "ni:&amp;"] },
        { "java", """
            /** Summarises answers. */
            public final class Summary {
                private static final int LIMIT = 100; // at most
                String name = "summary";
            }
            """, ["c:/** Summarises answers. */", "k:public", "k:class", "nc:Summary", "kt:int", "m:100", "c:// at most", "s:\"summary\""] },
        { "javascript", """
            // toggle the menu
            const toggle = document.querySelector('#toc');
            function setOpen(value) { return value || 250; }
            """, ["c:// toggle the menu", "k:const", "nf:querySelector", "s:'#toc'", "k:function", "nf:setOpen", "m:250"] },
        { "json", """
            { "name": "survey", "version": 2, "private": true, "license": null }
            """, ["nt:\"name\"", "s:\"survey\"", "m:2", "k:true", "k:null"] },
        { "julia", """
            # bootstrap the mean
            function boot(xs::Vector{Float64}; n::Int=1000)
                return mean(xs), "done"
            end
            """, ["c:# bootstrap the mean", "k:function", "nf:boot", "m:1000", "k:return", "s:\"done\"", "k:end"] },
        { "kotlin", """
            /** A participant. */
            data class Answer(val id: String, val score: Int = 0)
            fun mean(values: List<Double>): Double {
                if (values.isEmpty()) return 0.0 // none
                return values.sum() / values.size
            }
            val label = "n = ${values.size}"
            """, ["c:/** A participant. */", "k:data", "k:class", "nc:Answer", "k:val", "kt:String", "m:0", "k:fun", "nf:mean",
                  "k:if", "c:// none", "s:\"n = ", "si:${values.size}"] },
        { "latex", """
            % results
            \section{Results}
            We found $\kappa = 0.75$ \cite{cohen1960}.
            """, ["c:% results", "nb:\\section", "k:\\cite"] },
        { "lua", """
            -- count words
            local function count(text)
              return #text + 1, "words"
            end
            """, ["c:-- count words", "k:local", "k:function", "nf:count", "k:return", "m:1", "s:\"words\"", "k:end"] },
        { "makefile", """
            # build the report
            report.pdf: report.tex
            	latexmk -pdf report.tex
            """, ["c:# build the report", "nf:report.pdf"] },
        { "markdown", """
            # Workshop notes
            Participants wrote **goals** and *notes*.
            """, ["gh:Workshop notes", "gs:**goals**", "ge:*notes*"] },
        { "matlab", """
            % fit a line
            function [slope, intercept] = fit_line(x, y)
                n = numel(x) + 1;
                fprintf('slope %.2f\n', slope);
            end
            """, ["c:% fit a line", "k:function", "nf:fit_line", "nb:numel", "m:1", "s:'slope %.2f\\n'", "k:end"] },
        { "php", """
            <?php
            // greet the reader
            function greet(string $name, int $visits = 1): string {
                return 'Hello, ' . $name;
            }
            """, ["c:// greet the reader", "k:function", "nf:greet", "nv:$name", "m:1", "k:return", "s:'Hello, '"] },
        { "powershell", """
            # archive old exports
            $cutoff = (Get-Date).AddDays(-30)
            if ($cutoff) { Write-Host "archived" }
            """, ["c:# archive old exports", "nv:$cutoff", "nb:Get-Date", "m:-30", "k:if", "s:\"archived\""] },
        { "python", """"
            import csv

            def agreement(labels: list[str]) -> float:
                """Share of the most common label."""
                if not labels:
                    return 0.0  # nothing to compare
                return max(labels.count(l) for l in labels) / len(labels)
            """", ["k:import", "k:def", "nf:agreement", "nb:str", "s:\"\"\"Share of the most common label.\"\"\"", "k:if", "k:return", "m:0.0",
                  "c:# nothing to compare", "nb:max"] },
        { "r", """
            # agreement of two raters
            kappa <- function(a, b) {
              observed <- mean(a == b)
              paste("kappa:", observed, 1.5, TRUE)
            }
            """, ["c:# agreement of two raters", "nf:kappa", "k:function", "nb:mean", "s:\"kappa:\"", "m:1.5", "k:TRUE"] },
        { "ruby", """
            # reading time of a post
            module ReadingTime
              def reading_time(input)
                minutes = input.split.size / 200
                "#{minutes} min read"
              end
            end
            """, ["c:# reading time of a post", "k:module", "k:def", "nf:reading_time", "m:200", "s:\"#{minutes} min read\"", "k:end"] },
        { "rust", """
            /// Counts the words of a text.
            pub fn count_words(text: &str) -> usize {
                let greeting = "hello"; // unused
                text.split_whitespace().count() + 1
            }
            """, ["c:/// Counts the words of a text.", "k:pub", "k:fn", "nf:count_words", "k:let", "s:\"hello\"", "c:// unused", "m:1"] },
        { "scala", """
            /** Tallies answers. */
            case class Answer(question: String, score: Int = 0)
            object Tally {
              def mean(xs: Seq[Double]): Double = if (xs.isEmpty) 0.0 else xs.sum / xs.size // average
              val label = s"n = ${xs.size}"
            }
            """, ["c:/** Tallies answers. */", "k:case", "k:class", "nc:Answer", "kt:String", "m:0", "k:object", "nc:Tally", "k:def", "nf:mean",
                  "k:if", "c:// average", "k:val", "s:s\"n = ", "si:${xs.size}"] },
        { "sql", """
            -- participants per workshop
            SELECT w.title, COUNT(p.id) AS participants FROM workshops AS w
            WHERE w.held_on >= '2023-01-01' AND p.age > 18;
            """, ["c:-- participants per workshop", "k:SELECT", "nb:COUNT", "k:FROM", "k:WHERE", "s:'2023-01-01'", "m:18"] },
        { "swift", """
            /// A participant of the study.
            struct Participant {
                let id: String
                var score: Double = 0.0 // not scored yet
            }
            func mean(of values: [Double]) -> Double { return 0 }
            let name = "p1"
            """, ["c:/// A participant of the study.", "k:struct", "nc:Participant", "k:let", "kt:String", "k:var", "m:0.0", "c:// not scored yet",
                  "k:func", "nf:mean", "k:return", "s:\"p1\""] },
        { "toml", """
            # project settings
            [owner]
            name = "Ada"
            joined = 2021-05-04
            timeout = 30
            strict = true
            """, ["c:# project settings", "nc:owner", "nt:name", "s:\"Ada\"", "m:2021-05-04", "m:30", "k:true"] },
        { "typescript", """
            // typed results
            interface Result { score: number; }
            export async function load(url: string): Promise<Result[]> {
              return fetch(url, { retries: 3 }) as any;
            }
            const name = 'results';
            """, ["c:// typed results", "k:interface", "nc:Result", "kt:number", "k:function", "nf:load", "kt:string", "k:return", "m:3",
                  "s:'results'"] },
        { "xml", """
            <?xml version="1.0"?>
            <!-- the feed -->
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Notes &amp; news</title></feed>
            """, ["c:<!-- the feed -->", "nt:feed", "na:xmlns", "s:\"http://www.w3.org/2005/Atom\"", "ni:&amp;"] },
        { "yaml", """
            # site settings
            title: Community Data Lab
            baseurl: ""
            defaults:
              - scope: { path: _posts }
                values: { comments: true, max_items: 20 }
            """, ["c:# site settings", "nt:title", "s:Community Data Lab", "s:\"\"", "k:true", "m:20"] },
        // Languages whose grammar TextMateSharp.Grammars ships, and Rouge's names given the nearest grammar.
        { "asciidoc", """
            = Workshop notes
            // draft
            Participants wrote *goals*.
            """, ["c:// draft"] },
        { "bat", """
            REM copy the exports
            @echo off
            set TARGET=backup
            """, ["c:copy the exports", "k:echo"] },
        { "bibtex", """
            @article{knuth1984,
              title = {Literate Programming},
              year = 1984
            }
            """, ["k:@article"] },
        { "clojure", """
            ; count the words
            (defn count-words [s] (count (str/split s #" ")))
            """, ["c:; count the words"] },
        { "scheme", """
            ; square a number
            (define (square x) (* x x))
            """, ["c:; square a number"] },
        { "coffeescript", """
            # square a number
            square = (x) -> x * x
            alert "done"
            """, ["c:# square a number", "s:\"done\""] },
        { "cuda", """
            // add on the device
            __global__ void add(int *a) { a[0] = 1; }
            """, ["c:// add on the device"] },
        { "dart", """
            // the entry point
            void main() { print('hello'); }
            """, ["c:// the entry point", "s:'hello'"] },
        { "fsharp", """
            // square a number
            let square x = x * x
            printfn "%d" (square 3)
            """, ["c:// square a number", "k:let"] },
        { "ocaml", """
            (* sum the scores of a list *)
            let rec total = function
              | [] -> 0
              | x :: rest -> x + total rest
            let () = Printf.printf "%d\n" (total [1; 2; 3])
            match xs with Some x -> x | None -> "none"
            """, ["c:(* sum the scores of a list *)", "k:let rec", "k:function", "m:0", "s:\"", "m:1", "k:match", "k:with"] },
        { "gradle", """
            // the build
            dependencies {
                implementation 'org.example:lib:1.0'
            }
            """, ["c:// the build", "s:'org.example:lib:1.0'"] },
        { "hlsl", """
            // flat red
            float4 main() : SV_Target { return float4(1, 0, 0, 1); }
            """, ["c:// flat red"] },
        { "jsonc", """
            {
              // the port
              "port": 8080
            }
            """, ["c:// the port", "m:8080"] },
        { "less", """
            // colours
            @primary: #333;
            .button { color: @primary; }
            """, ["c:// colours"] },
        { "objc", """
            // greet the reader
            NSString *name = @"site";
            """, ["c:// greet the reader"] },
        { "objcpp", """
            // greet the reader
            NSString *name = @"site";
            """, ["c:// greet the reader"] },
        { "pascal", """
            program Hello;
            begin
              writeln('Hello');
            end.
            """, ["k:program", "s:'Hello'"] },
        { "perl6", """
            # greet the reader
            say "hello";
            """, ["c:# greet the reader"] },
        { "shaderlab", """
            Shader "Custom/Flat" {
              // one pass
            }
            """, ["c:// one pass"] },
        { "typst", """
            = Results
            // a note
            #let x = 1
            """, ["c:// a note"] },
        { "vb", """
            ' greet the reader
            Dim name As String = "site"
            """, ["c:' greet the reader", "s:\"site\""] },
        { "nasm", """
            ; exit the program
            mov eax, 1
            int 0x80
            """, ["c:; exit the program"] },
        { "gitignore", """
            # build output
            bin/
            *.log
            """, ["c:# build output"] },
        { "razor", """
            @model Post
            <h1>@Model.Title</h1>
            """, ["nt:h1"] },
        { "handlebars", """
            <ul>{{#each posts}}<li>{{title}}</li>{{/each}}</ul>
            """, ["nt:li"] },
        { "liquid", """
            {% for post in site.posts %}
              <li><a href="{{ post.url }}">{{ post.title }}</a></li>
            {% endfor %}
            """, ["nt:li"] },
        { "log", """
            2024-01-02 10:00:00 ERROR failed to connect
            """, ["s:ERROR"] },
        { "pug", """
            //- the layout
            html
              body
                h1 Title
            """, ["c://- the layout"] },
        { "xsl", """
            <xsl:template match="/"><p>hi</p></xsl:template>
            """, ["nt:xsl:template"] },
        { "erb", """
            <% if user %>
            <p><%= user.name %></p>
            <% end %>
            """, ["nt:p"] },
        { "vue", """
            <template>
              <p>{{ msg }}</p>
            </template>
            <script>
            export default { data() { return { msg: 'hi' } } }
            </script>
            """, ["nt:template", "s:'hi'"] },
        { "sass", """
            // colours
            $primary: #333
            """, ["c:// colours"] },
        { "irb", """
            # sum of two
            [1, 2].sum
            """, ["c:# sum of two"] },
        { "mysql", """
            -- count the posts
            SELECT COUNT(*) FROM posts;
            """, ["c:-- count the posts", "k:SELECT"] },
        { "properties", """
            # the app
            server.port=8080
            """, ["c:# the app"] },
        { "elixir", """
            defmodule Blog.Post do
              @moduledoc "A post and its tags."
              # reading time in minutes
              def reading_time(%{body: body}, wpm \\ 200) do
                words = body |> String.split() |> length()
                IO.puts("#{words} words\n")
                label = ~s<reading time>
                {:ok, div(words, wpm)}
              end
            end
            """, ["k:defmodule", "nn:Blog.Post", "na:@moduledoc", "s:\"A post and its tags.\"", "c:# reading time in minutes", "nf:reading_time",
                  "ss:body:", "m:200", "k:do", "se:\\n", "s:~s<reading time>", "ss::ok", "k:end", "si:#{words}"] },
        { "iex", """
            iex> Enum.map([1, 2, 3], fn x -> x * 2 end)
            [2, 4, 6]
            """, ["gp:iex>", "k:fn", "m:1"] },
        { "haskell", """
            {-# LANGUAGE OverloadedStrings #-}
            module Main where
            import qualified Data.Map as Map
            -- | Count each word.
            wordCount :: String -> Map.Map String Int
            wordCount = foldr (\w -> Map.insertWith (+) w 1) Map.empty . words
            main = putStrLn "done\n" >> print 'x'
            """, ["cp:{-# LANGUAGE OverloadedStrings #-}", "k:module", "kn:import", "nn:Data.Map", "c:-- | Count each word.", "nf:wordCount",
                  "nc:String", "m:1", "s:\"done", "se:\\n", "s:'x'"] },
        { "nginx", """
            server {
                listen 443 ssl;
                server_name example.com;  # the blog
                location /assets/ {
                    expires 30d;
                    try_files $uri $uri/ =404;
                    add_header Cache-Control "public";
                }
            }
            """, ["k:server", "k:listen", "m:443", "kc:ssl", "c:# the blog", "k:location", "m:30d", "nv:$uri", "s:\"public\""] },
        { "terraform", """
            # the site's bucket
            resource "aws_s3_bucket" "site" {
              bucket = "${var.domain}-site"
              count  = 2
              tags = {
                Public = true
              }
              name = lower(local.name)
            }
            """, ["c:# the site's bucket", "k:resource", "s:\"aws_s3_bucket\"", "na:bucket", "si:${", "m:2", "kc:true", "nb:lower"] },
        { "erlang", """
            -module(counter).
            -export([start/0]).
            %% start a counter at zero
            start() ->
                Pid = spawn(fun() -> loop(0) end),
                io:format("started ~p~n", [Pid]),
                {ok, Pid}.
            """, ["na:-module", "c:%% start a counter at zero", "nf:start", "k:fun", "nv:Pid", "m:0", "nn:io", "s:\"started ", "si:~p~n", "ss:ok"] },
        { "graphql", """
            # the latest posts
            query RecentPosts($first: Int = 10) {
              posts(first: $first, tag: "elixir") @include(if: true) {
                title
              }
            }
            type Post implements Node { title: String! author: Author }
            """, ["c:# the latest posts", "k:query", "nf:RecentPosts", "nv:$first", "kt:Int", "m:10", "s:\"elixir\"", "nd:@include", "kc:true",
                  "k:type", "nc:Post", "nc:Node", "nc:Author"] },
        { "protobuf", """
            syntax = "proto3";
            package blog.v1;
            // A post as the API sends it.
            message Post {
              string title = 1;
              repeated string tags = 2;
            }
            service Posts { rpc GetPost(GetPostRequest) returns (Post); }
            """, ["k:syntax", "s:\"proto3\"", "kn:package", "nn:blog.v1", "c:// A post as the API sends it.", "k:message", "nc:Post", "kt:string",
                  "m:1", "kd:repeated", "nf:GetPost", "k:returns"] },
        { "cmake", """
            cmake_minimum_required(VERSION 3.20)
            project(site LANGUAGES CXX)
            # tests only when asked
            if(BUILD_TESTING)
              add_executable(site_tests "${CMAKE_SOURCE_DIR}/tests/main.cpp")
            endif()
            """, ["nb:cmake_minimum_required", "m:3.20", "c:# tests only when asked", "k:if", "nb:add_executable", "s:\"", "nv:${CMAKE_SOURCE_DIR}", "k:endif"] },
        { "nix", """
            { pkgs ? import <nixpkgs> {} }:
            # a shell with the site's tools
            pkgs.mkShell {
              buildInputs = with pkgs; [ dotnet-sdk_8 nodejs ];
              shellHook = ''
                echo "ready in ${toString ./.}"
              '';
              doCheck = false;
            }
            """, ["nb:import", "s:<nixpkgs>", "c:# a shell with the site's tools", "na:buildInputs", "k:with", "nb:toString", "s:''", "si:${", "kc:false"] },
        { "vim", """
            " keep undo history between sessions
            set undofile
            let g:mapleader = ","
            function! s:Trim() abort
              if &filetype ==# 'markdown'
                return 0
              endif
            endfunction
            nnoremap <leader>t :call <SID>Trim()<CR>
            """, ["c:\" keep undo history between sessions", "k:set", "k:let", "nv:g:mapleader", "s:\",\"", "nf:s:Trim", "k:if", "nv:&filetype",
                  "s:'markdown'", "m:0", "k:nnoremap", "se:<leader>", "k:call"] },
        { "http", """
            POST /api/posts HTTP/1.1
            Host: example.com
            Content-Type: application/json

            {"title": "Hello", "draft": false}
            """, ["nf:POST", "nn:/api/posts", "k:HTTP", "na:Host", "s:application/json", "nt:\"title\""] },
        { "http", """
            HTTP/1.1 404 Not Found
            Content-Length: 0
            """, ["k:HTTP", "m:404", "ne:Not Found", "na:Content-Length"] },
        { "apache", """
            # send every page through the front controller
            <IfModule mod_rewrite.c>
              RewriteEngine On
              RewriteCond %{REQUEST_FILENAME} !-f
              RewriteRule ^(.*)$ index.php?q=$1 [L,QSA]
            </IfModule>
            ErrorDocument 404 "/404.html"
            """, ["c:# send every page through the front controller", "nt:IfModule", "nb:RewriteEngine", "kc:On", "nv:%{REQUEST_FILENAME}", "nv:$1",
                  "m:404", "s:\"/404.html\""] },
        { "awk", """
            # total the second column
            BEGIN { FS = "," }
            /^#/ { next }
            { total += $2; count++ }
            END { printf("%.2f\n", total / NR) }
            """, ["c:# total the second column", "k:BEGIN", "s:\",\"", "sr:/^#/", "k:next", "nv:$2", "k:END", "si:%.2f", "se:\\n", "nb:NR"] },
        { "fortran", """
            program mean
              implicit none
              real(kind=8) :: xs(3) = [1.0d0, 2.5d0, 4.0d0]
              ! average of the samples
              print *, 'mean:', sum(xs) / size(xs)
            end program mean
            """, ["k:program", "nf:mean", "k:implicit", "kt:real", "m:1.0d0", "c:! average of the samples", "s:'mean:'", "nb:sum"] },
        { "elm", """
            module Main exposing (main)
            import Html exposing (text)
            -- the greeting
            greet : String -> String
            greet name = "Hello, " ++ name ++ "!\n"
            main = text (greet "Elm")
            """, ["kn:module", "nn:Main", "kn:exposing", "c:-- the greeting", "nf:greet", "nc:String", "s:\"Hello, \"", "se:\\n"] },
        { "zig", """
            const std = @import("std");
            /// Adds two numbers.
            pub fn add(a: i32, b: i32) i32 {
                return a + b;
            }
            test "add" { try std.testing.expect(add(2, 3) == 5); }
            """, ["kd:const", "nb:@import", "s:\"std\"", "c:/// Adds two numbers.", "kd:pub", "nf:add", "kt:i32", "k:return", "k:try", "m:2"] },
        { "solidity", """
            pragma solidity ^0.8.20;
            /// @notice Counts visits.
            contract Counter {
                uint256 public count;
                event Bumped(address indexed by);
                function bump() external {
                    require(count < 1000, "too many");
                    count += 1;
                    emit Bumped(msg.sender);
                }
            }
            """, ["k:pragma", "c:/// @notice Counts visits.", "kd:contract", "nc:Counter", "kt:uint256", "kd:public", "nf:Bumped", "nf:bump",
                  "nb:require", "m:1000", "s:\"too many\"", "k:emit", "bp:msg"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_language_colours_its_keywords_strings_comments_and_numbers(string language, string code, string[] expected)
    {
        var block = Code(Render(Fence(language, code)).Html);

        var spans = Spans(block);
        foreach (var token in expected)
        {
            var (prefix, text) = (token[..token.IndexOf(':')], token[(token.IndexOf(':') + 1)..]);
            Assert.True(spans.Any(span => span.Class.StartsWith(prefix, StringComparison.Ordinal) && (span.Text == text || span.Text.Trim() == text)),
                $"{language}: no span of class {prefix}* reads '{text}'; spans: {string.Join(" ", spans.Select(s => $"[{s.Class}:{s.Text}]"))}");
        }
        Assert.Equal(code + "\n", block.TextContent);
        Assert.Equal("highlight", block.ParentElement!.ClassName);
    }

    [Fact]
    public void Every_language_jekyll_authors_write_is_known_by_its_aliases()
    {
        string[] names = ["bash", "sh", "shell", "zsh", "console", "terminal", "c", "cpp", "c++", "csharp", "cs", "c#", "css", "diff", "patch",
            "dockerfile", "docker", "go", "golang", "html", "java", "javascript", "js", "json", "julia", "jl", "kotlin", "kt", "latex", "tex",
            "lua", "makefile", "make", "markdown", "md", "matlab", "php", "powershell", "ps1", "posh", "python", "py", "r", "ruby", "rb", "rust",
            "rs", "scala", "sql", "swift", "toml", "typescript", "ts", "xml", "yaml", "yml", "Python", "YAML", "liquid", "html+erb", "erb", "objc",
            "objective-c", "fsharp", "coffeescript", "sass", "less", "bat", "cmd", "groovy", "gradle", "dart", "nasm", "irb", "jinja", "django",
            "handlebars", "twig", "vb", "vue", "svelte", "mysql", "psql", "plsql", "jsonc", "json5", "clojure", "scheme", "racket", "lisp", "ocaml",
            "elixir", "ex", "exs", "haskell", "hs", "nginx", "hcl", "terraform", "tf", "erlang", "erl", "graphql", "gql", "protobuf", "proto",
            "cmake", "nix", "vim", "viml", "http", "apache", "htaccess", "awk", "fortran", "f90", "elm", "zig", "solidity", "sol", "ini", "conf"];

        Assert.All(names, name => Assert.NotNull(CodeLanguages.ScopeOf(name)));
    }

    [Theory]
    [InlineData("```\nplain = 1 # no language\n```\n")]
    [InlineData("```klingon\nQapla' 1\n```\n")]
    [InlineData("    indented = 1\n")]
    [InlineData("<pre><code class=\"language-python\">x = <b>1</b></code></pre>\n")]
    public void A_block_without_a_language_the_site_knows_stays_exactly_as_written(string markdown)
    {
        var written = Render(markdown).Body.Written;

        Assert.Equal(written, new CodeHighlighting().Finish(written, new List<BodyProblem>()));
    }

    [Fact]
    public void Code_is_escaped_exactly_once_and_reads_as_written()
    {
        const string code = """if a < b && c > "d" & 'e': print("<b>&amp;</b>")""";

        var html = Render(Fence("python", code)).Html;

        var block = Code(html);
        Assert.Equal(code + "\n", block.TextContent);
        Assert.NotEmpty(Spans(block));
        Assert.Contains("&lt;b&gt;&amp;amp;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;d&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_lines_are_each_a_line_span_and_the_text_is_unchanged()
    {
        const string code = "def f(x):\n    return x + 1\n\nprint(f(2))";

        var html = Render(Fence("python linenos", code)).Html;

        var block = Code(html);
        Assert.True(block.HasAttribute("data-linenos"));
        Assert.Equal(["def f(x):", "    return x + 1", "", "print(f(2))"], block.QuerySelectorAll(".line").Select(line => line.TextContent));
        Assert.Equal(code + "\n", block.TextContent);
        Assert.Empty(Code(Render(Fence("python", code)).Html).QuerySelectorAll(".line"));
    }

    [Fact]
    public void A_block_that_outruns_its_time_stays_as_written()
    {
        var stage = new CodeHighlighting(HighlightLimits.Default with { BlockTime = TimeSpan.FromTicks(1) });
        var written = Render(Fence("python", string.Join('\n', Enumerable.Repeat("x = compute(1, 'two') # three", 200)))).Body.Written;

        Assert.Equal(written, stage.Finish(written, []));
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }

    [Fact]
    public void A_line_that_outruns_its_time_leaves_its_block_as_written()
    {
        var stage = new CodeHighlighting(HighlightLimits.Default with { LineTime = TimeSpan.FromTicks(1) });
        var written = Render(Fence("python", "def f(x):\n    return [x, 'x', 1.5]  # three")).Body.Written;

        Assert.Equal(written, stage.Finish(written, []));
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }

    [Fact]
    public void A_block_with_too_many_lines_or_an_overlong_line_stays_as_written_without_being_tokenized()
    {
        var huge = Render(Fence("python", string.Join('\n', Enumerable.Range(0, 60_000).Select(i => $"value_{i} = [{i}, '{i}'] # {i}")))).Body;
        var overlong = Render(Fence("json", "[" + string.Join(',', Enumerable.Range(0, 2_000)) + "]")).Body;
        var stage = new CodeHighlighting();

        Assert.Equal(huge.Written, stage.Finish(huge.Written, []));
        Assert.Equal(overlong.Written, stage.Finish(overlong.Written, []));
        Assert.Empty(stage.LoadedGrammars);
    }

    [Fact]
    public void One_stage_finishes_many_posts_at_once_as_it_would_one_by_one()
    {
        // Limits no busy machine reaches: what is compared is the output of threads sharing one stage.
        var generous = new HighlightLimits(MaxLines: 5_000, MaxLineLength: 2_000, LineTime: TimeSpan.FromMinutes(1), BlockTime: TimeSpan.FromMinutes(1));
        string[] languages = ["python", "csharp", "bash", "yaml", "html", "kotlin"]; // bundled, embedding others, the site's own
        var samples = Samples.Where(row => languages.Contains((string)row[0]))
            .Select(row => Render(Fence((string)row[0], (string)row[1])).Body.Written).ToArray();
        var alone = new CodeHighlighting(generous);
        var expected = samples.Select(html => alone.Finish(html, [])).ToArray();
        Assert.All(expected, html => Assert.StartsWith("<pre class=\"highlight\"><code class=\"language-", html, StringComparison.Ordinal));

        var shared = new CodeHighlighting(generous);
        var finished = new string[samples.Length * 8];
        Parallel.For(0, finished.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => finished[i] = shared.Finish(samples[i % samples.Length], []));

        for (var i = 0; i < finished.Length; i++) Assert.Equal(expected[i % samples.Length], finished[i]);
    }

    [Fact]
    public void Grammars_are_loaded_only_for_the_languages_met()
    {
        var stage = new CodeHighlighting();

        stage.Finish(Render(Fence("klingon", "Qapla'") + Fence("", "plain")).Body.Written, []);
        Assert.Empty(stage.LoadedGrammars);

        stage.Finish(Render(Fence("py", "x = 1") + Fence("python", "y = 2")).Body.Written, []);
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }
}
