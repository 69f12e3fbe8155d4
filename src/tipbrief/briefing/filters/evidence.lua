--[[
evidence.lua: turn citation spans  [26]{.ev ref="ev-a ev-b"}  into citations a reader can use. Shared by
the built-in engine and Quarto, HTML and Typst alike:
  - the figure itself becomes a link to its note (class ev-num; in HTML it opens the note in a popover on
    hover, focus and tap: evidence.js, inlined at the end of the page);
  - a bracketed note number follows the phrase ("... to 22 in 2021 [2]."), after a no-break space, never
    against a digit: before the phrase's closing punctuation, else at the end of the paragraph or cell;
  - one note per distinct (source, quote), numbered in order of first citation: figures citing the same
    sentence share it, and the note lists all their evidence ids;
  - the notes form a section "Evidence for the figures" after the body (before #sec-methods or #sec-appendix); in print
    the quote is cut at word boundaries around the figure, each cut shown by an ellipsis.
Also: Divs .screen-only / .print-only are kept only in HTML / print, and .details becomes <details> in HTML.

Metadata:
  evidence-json:    path of the indicator table as JSON records (_build/data/indicators.json)
  evidence-sources: path of a JSON object {source_id: {title, year, publisher}} (written by the build)
  evidence-labels:  interface text {title, intro, section, evidence} in the briefing's language
Paths starting with "/" are project-relative (Quarto's convention), whatever folder the filter runs in.
An unknown evidence id stops the render with one line naming the id.
Quotes are inserted as plain Str text, never parsed as markdown, so no source text can inject markup.
]]

local MARK = "TIPBRIEF-ERROR: "

local function fail(msg)
  error(MARK .. msg, 0)
end

local function project_dir()
  if quarto ~= nil and quarto.project ~= nil and quarto.project.directory ~= nil then
    return quarto.project.directory
  end
  local dir = os.getenv("QUARTO_PROJECT_DIR")
  if dir ~= nil and dir ~= "" then
    return dir
  end
  return nil
end

local function exists(path)
  local f = io.open(path, "r")
  if f ~= nil then
    f:close()
    return true
  end
  return false
end

-- "/x" is project-relative (Quarto's convention, and Quarto leaves such metadata alone); an absolute
-- path that exists as given (the builtin engine passes those) is taken as is. A plain relative path
-- is taken from the cwd, as Quarto rewrites existing project paths in metadata to input-relative ones
-- and runs pandoc in the input's folder, then from the project folder.
local function resolve(path)
  local dir = project_dir()
  if path:sub(1, 1) == "/" then
    if dir ~= nil and not exists(path) then
      return pandoc.path.join({ dir, path:sub(2) })
    end
    return path
  end
  if dir ~= nil and not exists(path) then
    return pandoc.path.join({ dir, path })
  end
  return path
end

local function read_json(path, what)
  local f = io.open(path, "r")
  if f == nil then
    fail(what .. " not found: " .. path)
  end
  local text = f:read("a")
  f:close()
  local ok, value = pcall(pandoc.json.decode, text, false)
  if not ok then
    fail(what .. " is not valid JSON: " .. path)
  end
  return value
end

local function is_null(v)
  return v == nil or v == pandoc.json.null
end

local evidence = nil -- id -> record
local sources = {}   -- source id -> {title, year, language}
local table_path = "(no evidence-json in metadata)"

local function load(meta)
  if meta["evidence-json"] ~= nil then
    table_path = resolve(pandoc.utils.stringify(meta["evidence-json"]))
    evidence = {}
    for _, row in ipairs(read_json(table_path, "evidence table")) do
      evidence[row.id] = row
    end
  end
  if meta["evidence-sources"] ~= nil then
    sources = read_json(resolve(pandoc.utils.stringify(meta["evidence-sources"])), "source list")
  end
end

-- Interface text comes from the metadata the build writes (evidence-labels, translated by tipbrief.i18n);
-- these English defaults only serve a document rendered without it.
local labels = {
  title = "Evidence for the figures",
  intro = "Each cited figure links to the sentence of the source that states it; one note per sentence.",
  section = "section",
  evidence = "evidence",
}

local function load_labels(meta)
  local given = meta["evidence-labels"]
  if given ~= nil then
    for key, value in pairs(given) do
      labels[key] = pandoc.utils.stringify(value)
    end
  end
end

local is_typst = FORMAT:match("typst") ~= nil
local is_print = is_typst or FORMAT:match("latex") ~= nil
local is_html = FORMAT:match("html") ~= nil

-- Quotes in print are cut to about EXCERPT characters on word boundaries, keeping the cited figure in
-- view and marking each cut with an ellipsis; on screen the whole sentence is shown.
local EXCERPT = 200

local function words_of(text)
  local list = {}
  for word in text:gmatch("%S+") do
    table.insert(list, word)
  end
  return list
end

local function excerpt(quote, figure)
  local ulen = pandoc.text.len
  quote = quote:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  if not is_print or ulen(quote) <= EXCERPT then
    return quote
  end
  local words = words_of(quote)
  -- the word where the figure starts (or the first word)
  local at = 1
  local fig = (not is_null(figure)) and tostring(figure) or ""
  if fig ~= "" then
    local byte = quote:find(fig, 1, true)
    if byte ~= nil then
      local before = quote:sub(1, byte - 1)
      at = #words_of(before) + ((before == "" or before:sub(-1) == " ") and 1 or 0)
      at = math.max(1, math.min(at, #words))
    end
  end
  -- grow a window of whole words around the figure, a little more after it than before
  local first, last = at, at
  local length = ulen(words[at])
  local grew = true
  while grew do
    grew = false
    if last < #words and length + 1 + ulen(words[last + 1]) <= EXCERPT then
      last = last + 1
      length = length + 1 + ulen(words[last])
      grew = true
    end
    if first > 1 and (at - first) < (last - at) and length + 1 + ulen(words[first - 1]) <= EXCERPT then
      first = first - 1
      length = length + 1 + ulen(words[first])
      grew = true
    end
  end
  while first > 1 and length + 1 + ulen(words[first - 1]) <= EXCERPT do
    first = first - 1
    length = length + 1 + ulen(words[first])
  end
  local text = table.concat(words, " ", first, last)
  return (first > 1 and "\u{2026} " or "") .. text .. (last < #words and " \u{2026}" or "")
end

-- Notes: one per distinct (source, quote), numbered in order of first citation.
local notes = {}      -- list of {key, rows}
local note_of = {}    -- key -> number

local function note_number(row)
  local key = tostring(row.source_id) .. "\0" .. tostring(row.quote)
  local n = note_of[key]
  if n == nil then
    table.insert(notes, { rows = { row } })
    n = #notes
    note_of[key] = n
  else
    local seen = false
    for _, r in ipairs(notes[n].rows) do
      seen = seen or r.id == row.id
    end
    if not seen then
      table.insert(notes[n].rows, row)
    end
  end
  return n
end

local function note_id(n)
  return "ev-note-" .. tostring(n)
end

local function span_notes(span)
  if evidence == nil then
    fail("a citation span needs evidence-json in the metadata")
  end
  local list, seen = {}, {}
  for id in (span.attributes["ref"] or ""):gmatch("%S+") do
    local row = evidence[id]
    if row == nil then
      fail("unknown evidence id '" .. id .. "' (not in " .. table_path .. ")")
    end
    local n = note_number(row)
    if not seen[n] then
      table.insert(list, n)
      seen[n] = true
    end
  end
  if #list == 0 then
    fail("citation span '" .. pandoc.utils.stringify(span) .. "' has no ref")
  end
  return list
end

local function is_ev(el)
  return el.t == "Span" and el.classes:includes("ev")
end

-- The cited figure itself links to its (first) note; in HTML it opens the quote in a popover.
local function cited(span, list)
  local numbers = {}
  for _, n in ipairs(list) do
    table.insert(numbers, tostring(n))
  end
  if is_typst then -- in the text's colour with a dotted underline, as on screen, not link blue
    local out = pandoc.Inlines({ pandoc.RawInline("typst", "#link(<" .. note_id(list[1]) .. ">)[#text(fill: "
      .. "rgb(\"#1d2430\"))[#underline(stroke: (paint: rgb(\"#8a93a0\"), thickness: 0.5pt, dash: \"dotted\"), "
      .. "offset: 2pt)[") })
    out:extend(span.content)
    out:insert(pandoc.RawInline("typst", "]]]"))
    span.content = out
    return span
  end
  local link = pandoc.Link(span.content, "#" .. note_id(list[1]), "",
    { class = "ev-num", ["data-notes"] = table.concat(numbers, " ") })
  span.content = pandoc.Inlines({ link })
  return span
end

-- The marker after the phrase: a no-break space and "[3]" or "[3, 4]", each number a link to its note.
local function marker(pending)
  table.sort(pending)
  local inl = pandoc.Inlines({ pandoc.Str("[") })
  for i, n in ipairs(pending) do
    if i > 1 then
      inl:insert(pandoc.Str(","))
      inl:insert(pandoc.Space())
    end
    inl:insert(pandoc.Link(pandoc.Inlines(tostring(n)), "#" .. note_id(n), "", { class = "ev-ref" }))
  end
  inl:insert(pandoc.Str("]"))
  local out = pandoc.Inlines({ pandoc.Str("\u{00A0}") })
  if is_typst then
    out:insert(pandoc.RawInline("typst", "#text(size: 0.8em, fill: rgb(\"#5b6472\"))["))
    out:extend(inl)
    out:insert(pandoc.RawInline("typst", "]"))
  else
    out:insert(pandoc.Span(inl, { class = "ev-mark" }))
  end
  return out
end

-- Words that end in a full stop without ending the phrase: a single letter ("г." in "2025 г.", an initial) and
-- these short forms (Russian numbers and dates, English Latin abbreviations).
local ABBREVIATIONS = {}
for _, word in ipairs({ "гг", "млн", "млрд", "тыс", "руб", "долл", "ст", "ч", "e.g", "i.e", "approx" }) do
  ABBREVIATIONS[word] = true
end

-- A word ending a phrase: ends in , ; : ! ? or a full stop that is not part of an abbreviation (U.S., г., млн.).
local function phrase_end(text)
  local body, punct = text:match("^(.-)([,;:!%?%.]+[%)\"\u{201D}\u{2019}]*)$")
  if body == nil then
    return nil
  end
  if punct:sub(1, 1) == "." and (body:find(".", 1, true) or utf8.len(body) == 1
      or ABBREVIATIONS[pandoc.text.lower(body)]) then
    return nil
  end
  return body, punct
end

local function cite_inlines(inlines)
  local has = false
  for _, el in ipairs(inlines) do
    if is_ev(el) then
      has = true
      break
    end
  end
  if not has then
    return nil
  end
  local out = pandoc.Inlines({})
  local pending, in_pending = {}, {}
  local function flush()
    if #pending > 0 then
      out:extend(marker(pending))
      pending, in_pending = {}, {}
    end
  end
  for _, el in ipairs(inlines) do
    if is_ev(el) then
      local list = span_notes(el)
      out:insert(cited(el, list))
      for _, n in ipairs(list) do
        if not in_pending[n] then
          table.insert(pending, n)
          in_pending[n] = true
        end
      end
    elseif #pending > 0 and el.t == "Str" and phrase_end(el.text) ~= nil then
      local body, punct = phrase_end(el.text)
      if body ~= "" then
        out:insert(pandoc.Str(body))
      end
      flush()
      out:insert(pandoc.Str(punct))
    else
      out:insert(el)
    end
  end
  flush()
  return out
end

local function source_of(row)
  local src = sources[row.source_id]
  local title = src and src.title or row.source_id
  local year = (src and src.year) or row.source_year
  return tostring(title), year
end

-- Appends source text to `inl` marked with its language (lang="en" in HTML, text(lang: "en") in Typst), so a
-- briefing in another language never reads it as its own.
local function in_language(inl, text, lang)
  if is_typst then
    inl:insert(pandoc.RawInline("typst", '#text(lang: "' .. lang .. '")['))
    inl:extend(text)
    inl:insert(pandoc.RawInline("typst", "]"))
  else
    inl:insert(pandoc.Span(text, { lang = lang }))
  end
end

local function note_block(n)
  local rows = notes[n].rows
  local row = rows[1]
  local inl = pandoc.Inlines({ pandoc.Span(pandoc.Inlines("[" .. tostring(n) .. "]"), { class = "ev-note-num" }),
    pandoc.Space() })
  -- the quote stays in its source's language, marked as such (lang="en" in HTML, text(lang: "en") in Typst)
  local src = sources[row.source_id]
  local lang = src and not is_null(src.language) and tostring(src.language) or "en"
  lang = lang:match("^%a%a%a?$") and lang:lower() or "en"
  local quote = pandoc.Inlines({ pandoc.Str("\u{201C}") })
  quote:extend(pandoc.Inlines(excerpt(tostring(row.quote or ""), row.number_text)))
  quote:insert(pandoc.Str("\u{201D}"))
  in_language(inl, quote, lang)
  local title, year = source_of(row)
  inl:insert(pandoc.Str(" \u{2014} "))
  inl:insert(pandoc.Emph(pandoc.Inlines(title)))
  if not is_null(year) then
    inl:extend(pandoc.Inlines(" (" .. tostring(math.floor(tonumber(year) or 0)) .. ")"))
  end
  if not is_null(row.section) and tostring(row.section) ~= "" then
    -- the section's name is the source's own heading: in its language, marked as the quote is
    inl:extend(pandoc.Inlines(", " .. labels.section .. " "))
    in_language(inl, pandoc.Inlines("\u{201C}" .. tostring(row.section) .. "\u{201D}"), lang)
  end
  inl:insert(pandoc.Str("."))
  -- the evidence ids: on screen links to their rows of the data appendix, in print plain text (the CSV has them)
  local ids = pandoc.Inlines({ pandoc.Space(), pandoc.Str(labels.evidence .. ":") })
  for i, r in ipairs(rows) do
    ids:insert(pandoc.Space())
    local text = tostring(r.id) .. (i < #rows and "," or "")
    if is_print then
      ids:insert(pandoc.Code(text))
    else
      ids:insert(pandoc.Link(pandoc.Inlines(text), "#" .. tostring(r.id), "", { class = "ev-link" }))
    end
  end
  inl:insert(pandoc.Span(ids, { class = "ev-ids" }))
  return pandoc.Div({ pandoc.Para(inl) }, { id = note_id(n), class = "ev-note" })
end

local function read_asset(name)
  local dir = pandoc.path.directory(PANDOC_SCRIPT_FILE)
  local f = io.open(pandoc.path.join({ dir, name }), "r")
  if f == nil then
    fail(name .. " not found beside " .. PANDOC_SCRIPT_FILE)
  end
  local text = f:read("a")
  f:close()
  return text
end

-- The evidence section, before the back matter (#sec-methods, else #sec-appendix) or at the end: every note once.
local function evidence_section(doc)
  if #notes == 0 then
    return doc
  end
  local blocks = pandoc.Blocks({ pandoc.Header(2, pandoc.Inlines(labels.title), { id = "sec-evidence" }),
    pandoc.Para(pandoc.Inlines(labels.intro)) })
  local list = pandoc.Blocks({})
  for n = 1, #notes do
    list:insert(note_block(n))
  end
  if is_typst then -- the notes in a smaller size, as footnotes were
    blocks:insert(pandoc.RawBlock("typst", "#[\n#set text(size: 8pt)\n#set par(spacing: 0.55em)"))
  end
  blocks:insert(pandoc.Div(list, { id = "evidence-notes", class = "ev-notes" }))
  if is_typst then
    blocks:insert(pandoc.RawBlock("typst", "]"))
  end
  if is_html then
    blocks:insert(pandoc.RawBlock("html", "<style>\n" .. read_asset("evidence.css") .. "</style>\n"
      .. '<div id="ev-popover" class="ev-popover" role="tooltip" hidden></div>\n'
      .. "<script>\n" .. read_asset("evidence.js") .. "</script>"))
  end
  -- the notes follow the body: before the back matter (sources and methodology, else the data appendix)
  local at = #doc.blocks + 1
  for _, id in ipairs({ "sec-methods", "sec-appendix" }) do
    for i, block in ipairs(doc.blocks) do
      if block.t == "Header" and block.identifier == id then
        at = math.min(at, i)
      end
    end
  end
  for i = #blocks, 1, -1 do
    doc.blocks:insert(at, blocks[i])
  end
  return doc
end

-- Parts meant for one medium: .screen-only (HTML) and .print-only (PDF); .details becomes a collapsed
-- <details> element on screen (its summary from the attribute), a plain block in print.
local function media_div(div)
  if div.classes:includes("screen-only") and not is_html then
    return {}
  end
  if div.classes:includes("print-only") and is_html then
    return {}
  end
  if div.classes:includes("details") and is_html then
    local summary = pandoc.write(pandoc.Pandoc({ pandoc.Plain(pandoc.Inlines(div.attributes["summary"] or "")) }),
      "html")
    local open = pandoc.RawBlock("html", '<details class="' .. table.concat(div.classes, " ") .. '"><summary>'
      .. summary .. "</summary>")
    local blocks = pandoc.Blocks({ open })
    blocks:extend(div.content)
    blocks:insert(pandoc.RawBlock("html", "</details>"))
    return blocks
  end
  return nil
end

return {
  { Meta = function(meta) load(meta); load_labels(meta) end },
  { Div = media_div },
  { Inlines = cite_inlines },
  { Pandoc = evidence_section },
}
