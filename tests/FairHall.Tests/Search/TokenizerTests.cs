using FairHall.Platform.Search;

namespace FairHall.Tests.Search;

/// <summary>The one tokenizer of both engines: CJK bigrams plus characters, words, full-width, punctuation (BUY-1, X-2).</summary>
[Trait("Req", "BUY-1")]
[Trait("Req", "X-2")]
public sealed class TokenizerTests
{
    private static string Index(params string[] texts) => string.Join(" ", Tokenizer.IndexTerms(texts));

    private static string Query(string q) => string.Join(" ", Tokenizer.QueryTerms(q).Select(t => t.Text + (t.Prefix ? "*" : "")));

    [Fact]
    public void A_cjk_run_becomes_overlapping_bigrams_and_single_characters()
    {
        Index("不锈钢水杯").ShouldBe("不锈 锈钢 钢水 水杯 不 锈 钢 水 杯");
        Index("杯").ShouldBe("杯");
    }

    [Fact]
    public void Mixed_scripts_split_where_the_script_changes()
    {
        Index("LED台灯").ShouldBe("led 台灯 台 灯");
        Index("USB-C充电线 2米").ShouldBe("usb c 充电 电线 充 电 线 2 米");
        Query("LED灯").ShouldBe("led 灯");
    }

    [Fact]
    public void Full_width_letters_and_digits_are_the_half_width_ones()
    {
        Index("ＬＥＤ灯泡１２Ｗ").ShouldBe("led 灯泡 灯 泡 12w");
        Query("ＬＥＤ").ShouldBe("led*");
        Query("Ｃｕｐ").ShouldBe(Query("cup"));
    }

    [Fact]
    public void Punctuation_and_symbols_only_separate_and_never_reach_the_engine()
    {
        Index("保温杯（500ml）, \"Vacuum\" cup!").ShouldBe("保温 温杯 保 温 杯 500ml vacuum cup");
        Query("\"*\" NEAR( -cup: OR 'x'").ShouldBe("near cup or x");
        Query("!!! ，。、 ***").ShouldBe("");
        Query("   ").ShouldBe("");
        Query(null!).ShouldBe("");
    }

    [Fact]
    public void Numbers_are_words_and_decimals_split_at_the_point()
    {
        Index("E27 9W 3.5寸").ShouldBe("e27 9w 3 5 寸");
        Query("2026").ShouldBe("2026*");
    }

    [Fact]
    public void A_chinese_query_uses_bigrams_a_single_character_its_unigram()
    {
        Query("水杯").ShouldBe("水杯");
        Query("保温杯").ShouldBe("保温 温杯");
        Query("杯").ShouldBe("杯");
        Query("灯 具").ShouldBe("灯 具");
    }

    [Fact]
    public void Only_the_last_word_being_typed_is_a_prefix()
    {
        Query("steel cup").ShouldBe("steel cup*");
        Query("steel cup ").ShouldBe("steel cup");
        Query("cup 水杯").ShouldBe("cup 水杯");
        Query("a").ShouldBe("a"); // one letter is a word, not the prefix of half the dictionary
    }

    [Fact]
    public void Long_queries_are_cut_and_keep_a_bounded_number_of_terms()
    {
        var terms = Tokenizer.QueryTerms(string.Concat(Enumerable.Repeat("水杯 cup ", 200)) + new string('x', 1000));
        terms.Count.ShouldBeLessThanOrEqualTo(Tokenizer.MaxQueryTerms);
        Tokenizer.QueryTerms(new string('y', 1000)).Single().Text.Length.ShouldBe(Tokenizer.MaxWordChars);
    }

    [Fact]
    public void Engine_syntax_quotes_every_term()
    {
        var terms = Tokenizer.QueryTerms("NEAR 水杯 cu");
        EngineSyntax.Fts5Match(terms).ShouldBe("\"near\" AND \"水杯\" AND \"cu\"*");
        EngineSyntax.TsQuery(terms).ShouldBe("'near' & '水杯' & 'cu':*");
        EngineSyntax.TsQuery([new QueryTerm("o'k\\", false)]).ShouldBe("'o''k\\\\'");
        EngineSyntax.Fts5Match([new QueryTerm("a\"b", true)]).ShouldBe("\"a\"\"b\"*");
    }

    [Fact]
    public void Highlighting_marks_matches_in_the_original_text_and_encodes_the_rest()
    {
        Highlighter.Html("不锈钢水杯 <b>", Tokenizer.QueryTerms("水杯")).ShouldBe("不锈钢<mark>水杯</mark> &lt;b&gt;");
        Highlighter.Html("ＬＥＤ Desk Lamp", Tokenizer.QueryTerms("led lam")).ShouldBe("<mark>ＬＥＤ</mark> Desk <mark>Lam</mark>p");
        Highlighter.Html("Cupboard & cups", Tokenizer.QueryTerms("cup")).ShouldBe("<mark>Cup</mark>board &amp; <mark>cup</mark>s");
        Highlighter.Html("Tom's \"mug\"", []).ShouldBe("Tom&#39;s &quot;mug&quot;");
    }

    [Theory]
    [InlineData("不锈钢水杯")]
    [InlineData("LED台灯 ＬＥＤ Desk Lamp")]
    [InlineData("USB-C充电线 2米, 杯 杯 杯")]
    [InlineData("Tom's \"mug\" cup cup")]
    [InlineData("a")]
    [InlineData("𠀀𠀁字 ＡＢＣ１２ 〇号")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("水杯 cup 水杯 cup 保温杯 glass mug bottle lid straw kids tea coffee beer wine 不锈钢 玻璃 陶瓷")]
    public void Analyze_gives_what_index_and_query_terms_give_in_one_pass(string text)
    {
        // The ranking analyses each candidate's names once (Relevance); it must agree with the two functions it replaces.
        var a = Tokenizer.Analyze(text);
        a.IndexTerms.OrderBy(t => t, StringComparer.Ordinal).ShouldBe(Tokenizer.IndexTerms(text).OrderBy(t => t, StringComparer.Ordinal));
        a.QueryTermCount.ShouldBe(Tokenizer.QueryTerms(text).Count);
        a.Compact.ShouldBe(string.Concat(Tokenizer.Normalize(text).EnumerateRunes().Where(r => Tokenizer.IsWordRune(r) || Tokenizer.IsCjkRune(r))));
    }

    [Fact]
    public void Analyze_counts_a_text_longer_than_a_query_the_way_a_query_is_cut()
    {
        var text = string.Concat(Enumerable.Range(0, 120).Select(i => $"w{i} "));
        Tokenizer.Analyze(text).QueryTermCount.ShouldBe(Tokenizer.QueryTerms(text).Count);
        Tokenizer.Analyze(text).IndexTerms.Count.ShouldBe(120);
    }
}
