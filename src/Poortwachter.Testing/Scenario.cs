using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text.Json;
using NodaTime;
using Poortwachter.Json;
using Xunit.Abstractions;

namespace Poortwachter.Testing;

/// <summary>
/// A scenario file (<c>*.scenario.json</c>, documented in docs/testing.md): a case, an assessment date, optional engine
/// options and the facts the assessment must show. <see cref="Run"/> assesses the case and checks every fact;
/// <see cref="Verify"/> throws a <see cref="ScenarioFailedException"/> that lists every failing fact with the engine's
/// derivation. Comparison is on the contract's JSON values, so a scenario means the same to any implementation.
/// </summary>
/// <example>
/// <code>
/// Scenario.Load("scenarios/late-plan.scenario.json").Verify();
/// </code>
/// </example>
public sealed class Scenario : IXunitSerializable
{
    private static readonly Lazy<PoortwachterEngine> DefaultEngine = new(PoortwachterEngine.CreateDefault);

    private ScenarioFormatException? _broken;
    private ScenarioOptions _options;
    private string? _text;
    private PoortwachterEngine? _ownEngine;

    internal Scenario(
        string id,
        string title,
        string? description,
        IReadOnlyList<ScenarioSource> sources,
        IReadOnlyList<string> derivation,
        LocalDate asOf,
        ScenarioOptions options,
        string caseJson,
        string? caseFile,
        string? file,
        JsonElement expect
    )
    {
        Id = id;
        Title = title;
        Description = description;
        Sources = sources;
        Derivation = derivation;
        AsOf = asOf;
        _options = options;
        CaseJson = caseJson;
        CaseFile = caseFile;
        File = file;
        Expect = expect;
    }

    /// <summary>
    /// For xunit only, which makes each scenario of a theory its own test case (one a test explorer lists and runs
    /// alone) by serializing it: the scenario is read again from its file, or from its text, when the case runs. Use
    /// <see cref="Load"/> or <see cref="Parse"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by xunit to deserialize a scenario of a theory; use Scenario.Load or Scenario.Parse.")]
    public Scenario()
    {
        Id = string.Empty;
        Title = string.Empty;
        Sources = [];
        Derivation = [];
        _options = ScenarioOptions.None;
        CaseJson = string.Empty;
    }

    private Scenario(string file, ScenarioFormatException broken)
    {
        Id = Path.GetFileName(file);
        Title = "(not a valid scenario)";
        Sources = [];
        Derivation = [];
        _options = ScenarioOptions.None;
        CaseJson = string.Empty;
        File = file;
        _broken = broken;
    }

    /// <summary>Gets the scenario's id (field <c>scenario</c>, kebab-case).</summary>
    public string Id { get; private set; }

    /// <summary>Gets the one-line title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the free-text description, or null.</summary>
    public string? Description { get; private set; }

    /// <summary>Gets the legal sources the scenario rests on (field <c>sources</c>), possibly empty.</summary>
    public IReadOnlyList<ScenarioSource> Sources { get; private set; }

    /// <summary>Gets the hand derivation of the expected facts, step by step (field <c>derivation</c>), possibly empty.</summary>
    public IReadOnlyList<string> Derivation { get; private set; }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>Gets the case document (the contract's case JSON), from <c>case</c> or read from <c>caseFile</c>.</summary>
    public string CaseJson { get; private set; }

    /// <summary>Gets the full path of the case file when the scenario names one (<c>caseFile</c>), else null.</summary>
    public string? CaseFile { get; private set; }

    /// <summary>Gets the full path of the scenario file, or null when it was parsed from text.</summary>
    public string? File { get; private set; }

    /// <summary>Gets the names of the engine options the scenario overrides (field <c>options</c>), possibly empty.</summary>
    public IReadOnlyList<string> OptionOverrides => _options.Names;

    internal JsonElement Expect { get; private set; }

    internal string Where => File ?? "(text)";

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file; a relative path is taken from the current directory.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioFormatException">The file is not a valid scenario: the message lists every problem.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Scenario Load(string path)
    {
        var full = Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
        return ScenarioParser.Parse(System.IO.File.ReadAllText(full), full);
    }

    /// <summary>Reads a scenario from its JSON text.</summary>
    /// <param name="json">The scenario document.</param>
    /// <param name="path">The file it stands for: a relative <c>caseFile</c> is taken from its folder, and messages name
    /// it. Null: from the current directory, and messages say <c>(text)</c>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioFormatException">The text is not a valid scenario: the message lists every problem.</exception>
    public static Scenario Parse(string json, string? path = null)
    {
        var scenario = ScenarioParser.Parse(
            json ?? throw new ArgumentNullException(nameof(json)),
            path is null ? null : Path.GetFullPath(path)
        );
        scenario._text = json;
        return scenario;
    }

    /// <inheritdoc/>
    void IXunitSerializable.Serialize(IXunitSerializationInfo info)
    {
        // A scenario from a file travels as its path; one parsed from text, as its text.
        info.AddValue("file", _text is null ? File : null);
        info.AddValue("text", _text);
        info.AddValue("path", File);
    }

    /// <inheritdoc/>
    void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
    {
        var text = info.GetValue<string?>("text");
        var read = text is null ? LoadOrBroken(info.GetValue<string>("file")) : ParseOrBroken(text, info.GetValue<string?>("path"));
        Id = read.Id;
        Title = read.Title;
        Description = read.Description;
        Sources = read.Sources;
        Derivation = read.Derivation;
        AsOf = read.AsOf;
        _options = read._options;
        CaseJson = read.CaseJson;
        CaseFile = read.CaseFile;
        File = read.File;
        Expect = read.Expect;
        _broken = read._broken;
        _text = read._text;
    }

    private static Scenario ParseOrBroken(string text, string? path)
    {
        try
        {
            return Parse(text, path);
        }
        catch (ScenarioFormatException e)
        {
            return new Scenario(path ?? "(text)", e);
        }
    }

    /// <summary>Reads a scenario file, or stands for it when it is not valid, so one bad file in a set fails alone.</summary>
    internal static Scenario LoadOrBroken(string path)
    {
        try
        {
            return Load(path);
        }
        catch (ScenarioFormatException e)
        {
            return new Scenario(Path.GetFullPath(path), e);
        }
        catch (IOException e)
        {
            return new Scenario(
                Path.GetFullPath(path),
                new ScenarioFormatException(Path.GetFullPath(path), [$"$: cannot read the file: {e.Message}"])
            );
        }
    }

    /// <summary>
    /// Assesses the case on <see cref="AsOf"/> and checks every expected fact. The case is read with the strict reader
    /// (<see cref="PoortwachterJson.ReadCase(string, CaseReaderOptions?)"/>), which also accepts the event types of the
    /// engine's host rules.
    /// </summary>
    /// <param name="engine">The engine; null for the default engine. The scenario's <c>options</c> are applied to a copy of
    /// its options (<see cref="PoortwachterEngine.Options"/>, host rules included).</param>
    /// <returns>The result, with every failing fact.</returns>
    /// <exception cref="ScenarioFormatException">The scenario file is not valid, or its options are refused by the engine.</exception>
    public ScenarioResult Run(PoortwachterEngine? engine = null)
    {
        if (_broken is not null)
        {
            throw new ScenarioFormatException(_broken.File, _broken.Problems);
        }

        var used = EngineFor(engine);
        var readerOptions = new CaseReaderOptions();
        foreach (var rule in used.Options.Rules)
        {
            readerOptions.AddObligationCode(rule.Descriptor.Code);
        }

        return ScenarioChecker.Check(this, used, readerOptions);
    }

    /// <summary>Runs the scenario and throws when a fact differs.</summary>
    /// <param name="engine">The engine; null for the default engine (see <see cref="Run"/>).</param>
    /// <exception cref="ScenarioFailedException">A fact differs: the message names the scenario file and lists every failing
    /// fact with the expected value, the actual value and the engine's explanation.</exception>
    /// <exception cref="ScenarioFormatException">The scenario file is not valid.</exception>
    public void Verify(PoortwachterEngine? engine = null) => Run(engine).ThrowIfFailed();

    /// <summary>Returns the scenario's id, so a test explorer shows each scenario of a theory by name.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    private PoortwachterEngine EngineFor(PoortwachterEngine? engine)
    {
        if (!_options.Any)
        {
            return engine ?? DefaultEngine.Value;
        }

        if (engine is null && _ownEngine is { } own)
        {
            return own;
        }

        var options = engine?.Options ?? new PoortwachterOptions();
        try
        {
            _options.Apply(options);
            var built = new PoortwachterEngine(options);
            if (engine is null)
            {
                _ownEngine = built;
            }

            return built;
        }
        catch (ArgumentException e)
        {
            throw new ScenarioFormatException(Where, [$"$.options: the engine refuses these options: {e.Message}"]);
        }
    }
}
