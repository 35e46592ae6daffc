"""English demo content: translations of the Dutch demo pages in ``home.demo_data``.

Plain data only, read by ``home.demo_en``. Written from the seed minutes and ../shared/BRIEF.md
for the site's English readers (the Flemish economic representatives abroad and other
international visitors). Proper names of networks and Flemish organisations stay Dutch where
English readers will meet them in Dutch anyway.

``PAGES`` lists the Dutch pages to translate, parents first, by their slug path below the Dutch
home ("" is the home itself), with the English title and slug. ``strings`` maps each Dutch text
segment, exactly as wagtail-localize extracts it, to its English translation: rich text per
paragraph or list item with its inline tags, plain text HTML-escaped (``&amp;``, newlines as
``<br/>``); titles are segments too, so they are escaped the same way. A text shared by several
pages is listed once, on the first page that has it. Years are the seed years (2005, 2006);
the loader shifts keys and values together, as ``home.demo`` shifts the Dutch texts.
"""

from __future__ import annotations

from typing import Any

PAGES: list[dict[str, Any]] = [
    {
        "path": "",
        "title": "DKC MVO",
        "slug": "home-en",
        "strings": {
            (
                "DKC MVO: Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen in "
                "Vlaanderen"
            ): (
                "DKC MVO: Digital Knowledge Centre for Corporate Social Responsibility in Flanders"
            ),
            "Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen in Vlaanderen": (
                "Digital Knowledge Centre for Corporate Social Responsibility in Flanders"
            ),
            (
                "Het <strong>Digitaal Kenniscentrum Maatschappelijk Verantwoord "
                "Ondernemen</strong> (DKC MVO) bundelt kennis, instrumenten en praktijkervaringen "
                "over maatschappelijk verantwoord ondernemen in Vlaanderen. Ondernemers, "
                "leidinggevenden, personeelsverantwoordelijken, werknemersvertegenwoordigers en "
                "iedereen die met MVO aan de slag wil, vinden hier per thema wat MVO concreet "
                "betekent en hoe u eraan begint."
            ): (
                "The <strong>Digital Knowledge Centre for Corporate Social Responsibility</strong> "
                "(DKC MVO) brings together knowledge, tools and practical experience of corporate "
                "social responsibility (CSR) in Flanders. Entrepreneurs, managers, HR officers, "
                "employee representatives and anyone who wants to get started with CSR will find "
                "here, theme by theme, what CSR means in practice and how to begin."
            ),
            (
                "Het kenniscentrum wordt gecoördineerd vanuit de Vlaamse administratie "
                "Werkgelegenheid. Partner Business &amp; Society ondersteunt de redacteurs die de "
                "inhoud aanleveren."
            ): (
                "The knowledge centre is coordinated by the Flemish employment administration "
                "(Vlaamse administratie Werkgelegenheid). Our partner Business &amp; Society "
                "supports the editors who provide the content."
            ),
            (
                "Die inhoud komt grotendeels van de <strong>zeven lerende netwerken MVO</strong>. "
                "Met steun van het Europees Sociaal Fonds diept elk netwerk een afgebakend thema "
                "uit, van werkend leren en gezinsvriendelijk ondernemen tot duurzaam "
                "internationaal ondernemen. Een achtste netwerk, het <strong>mainstreamteam "
                "MVO</strong>, verbindt hun resultaten en draagt ze uit naar beleid en praktijk. "
                "Kleine of grote organisatie? Elke tekst vermeldt wat voor u anders ligt, zonder "
                "dat u eerst moet kiezen."
            ): (
                "Most of that content comes from the <strong>seven CSR learning networks</strong>. "
                "With support from the European Social Fund, each network explores a clearly "
                "defined theme, from work-based learning and family-friendly business to "
                "sustainable international business. An eighth network, the <strong>CSR mainstream "
                "team</strong>, links their results and carries them into policy and practice. "
                "Small or large organisation? Every text says what is different for you, without "
                "asking you to choose first."
            ),
        },
    },
    {
        "path": "themas",
        "title": "Themes",
        "slug": "themes",
        "strings": {
            (
                "Smalle MVO-thema's met één terminologie voor heel Vlaanderen. Elk thema bundelt "
                "kennis, de projecten van de lerende netwerken en hun activiteiten."
            ): (
                "Narrow CSR themes with one terminology for all of Flanders. Each theme brings "
                "together knowledge, the learning networks' projects and their activities."
            ),
        },
    },
    {
        "path": "netwerken",
        "title": "Learning networks",
        "slug": "networks",
        "strings": {
            (
                "Zeven lerende netwerken werken elk een MVO-thema uit, met steun van het Europees "
                "Sociaal Fonds; het mainstreamteam verbindt ze."
            ): (
                "Seven learning networks each work out a CSR theme with support from the European "
                "Social Fund; the mainstream team connects them."
            ),
        },
    },
    {
        "path": "agenda",
        "title": "Events",
        "slug": "events",
        "strings": {
            (
                "Sessies, roadshows, studiedagen en bijeenkomsten van de lerende netwerken en het "
                "DKC MVO."
            ): (
                "Sessions, roadshows, study days and meetings of the learning networks and the DKC "
                "MVO."
            ),
        },
    },
    {
        "path": "nieuws",
        "title": "News",
        "slug": "news",
        "strings": {
            "Nieuws van het DKC MVO en de lerende netwerken.": (
                "News from the DKC MVO and the learning networks."
            ),
        },
    },
    {
        "path": "over-dkc-mvo",
        "title": "About the DKC MVO",
        "slug": "about",
        "strings": {
            (
                "Het Digitaal Kenniscentrum Maatschappelijk Verantwoord Ondernemen (DKC MVO) is de "
                "centrale plek voor kennis over MVO in Vlaanderen. Het bundelt de expertise van de "
                "zeven lerende netwerken MVO en het mainstreamteam en maakt ze toegankelijk voor "
                "organisaties van elke omvang."
            ): (
                "The Digital Knowledge Centre for Corporate Social Responsibility (DKC MVO) is the "
                "central place for knowledge about CSR in Flanders. It brings together the "
                "expertise of the seven CSR learning networks and the mainstream team and makes it "
                "accessible to organisations of every size."
            ),
            "Wat is het DKC MVO?": "What is the DKC MVO?",
            (
                "Maatschappelijk verantwoord ondernemen (MVO) betekent dat een organisatie bewust "
                "rekening houdt met de gevolgen van haar werking voor mens, milieu en samenleving, "
                "en daarover in dialoog gaat met wie bij haar betrokken is. Het DKC MVO brengt de "
                "kennis daarover samen per thema, met één terminologie voor heel Vlaanderen. De "
                "thema's zijn bewust smal gehouden; via de zoekfunctie verbreedt u uw zoektocht."
            ): (
                "Corporate social responsibility (CSR, in Dutch MVO) means that an organisation "
                "consciously takes into account the effects of its activities on people, the "
                "environment and society, and discusses them with everyone involved. The DKC MVO "
                "brings this knowledge together by theme, with one terminology for all of "
                "Flanders. The themes are deliberately kept narrow; use the search to look more "
                "broadly."
            ),
            "Wie zit erachter?": "Who is behind it?",
            (
                "Het DKC MVO wordt gecoördineerd door Jef Van der Wee van de Vlaamse administratie "
                "Werkgelegenheid. Partner <strong>Business &amp; Society</strong> ondersteunt de "
                "redacteurs van de lerende netwerken bij het aanleveren van inhoud. De website en "
                "de lerende netwerken worden gefinancierd door het Europees Sociaal Fonds en de "
                "Vlaamse overheid."
            ): (
                "The DKC MVO is coordinated by Jef Van der Wee of the Flemish employment "
                "administration (Vlaamse administratie Werkgelegenheid). Our partner "
                "<strong>Business &amp; Society</strong> supports the learning networks' editors "
                "in providing content. The website and the learning networks are funded by the "
                "European Social Fund and the Flemish government."
            ),
            "Zeven lerende netwerken en een mainstreamteam": (
                "Seven learning networks and a mainstream team"
            ),
            (
                "De lerende netwerken zijn samenwerkingsverbanden die met steun van het Europees "
                "Sociaal Fonds elk een MVO-thema uitwerken. Ze bieden hun inhoud aan via het "
                "kenniscentrum en delen hun expertise met de bezoekers van deze website."
            ): (
                "The learning networks are partnerships that each work out a CSR theme with "
                "support from the European Social Fund. They offer their content through the "
                "knowledge centre and share their expertise with the visitors of this website."
            ),
            "<strong>TRACER</strong>: werkend leren voor jongeren in de provincie Antwerpen": (
                "<strong>TRACER</strong>: work-based learning for young people in the province of "
                "Antwerp"
            ),
            "<strong>DIAMOND</strong>: MVO via de vakbondswerking, in negen thematische modules": (
                "<strong>DIAMOND</strong>: CSR through trade-union work, in nine thematic modules"
            ),
            (
                "<strong>COMPLEET</strong>: MVO-instrumenten per thema, roadshows en gratis "
                "begeleiding"
            ): ("<strong>COMPLEET</strong>: CSR tools by theme, roadshows and free coaching"),
            "<strong>MCDO</strong>: duurzaamheidsscans en groepssessies voor kmo's": (
                "<strong>MCDO</strong>: sustainability scans and group sessions for SMEs"
            ),
            (
                "<strong>Duurzaam Internationaal Ondernemen</strong>: MVO in de internationale "
                "handel"
            ): ("<strong>Sustainable International Business</strong>: CSR in international trade"),
            "<strong>Duurzaam Veranderen</strong>: veranderen met betrokken medewerkers": (
                "<strong>Sustainable Change</strong>: change with committed staff"
            ),
            "<strong>MVO &amp; KMO</strong>: de waarden van de ondernemer als basis": (
                "<strong>CSR &amp; SMEs</strong>: the entrepreneur's values as the foundation"
            ),
            (
                "Het <strong>mainstreamteam MVO</strong> is het achtste netwerk. Het verbindt de "
                "zeven thema's met elkaar en met het beleid."
            ): (
                "The <strong>CSR mainstream team</strong> is the eighth network. It links the "
                "seven themes with each other and with policy."
            ),
            (
                "Het DKC MVO richt zich tot organisaties van elke omvang en tot iedereen die "
                "persoonlijk in MVO geïnteresseerd is. U hoeft bij uw bezoek niet eerst te kiezen "
                "wie u bent: elke tekst is voor iedereen, met waar nodig een nuance voor kleine en "
                "grote organisaties."
            ): (
                "The DKC MVO addresses organisations of every size and everyone with a personal "
                "interest in CSR. You do not have to say who you are before you visit: every text "
                "is for everyone, with a nuance for small and large organisations where needed."
            ),
            (
                "Voor kleine organisaties en kmo's vermelden we wat u zonder personeelsdienst of "
                "specialist kunt doen, en welke eerste stappen weinig kosten."
            ): (
                "For small organisations and SMEs we point out what you can do without an HR "
                "department or a specialist, and which first steps cost little."
            ),
            (
                "Voor grote organisaties vermelden we hoe u MVO verankert in beleid, rapportering, "
                "overleg met de ondernemingsraad en de toeleveringsketen."
            ): (
                "For large organisations we point out how to embed CSR in policy, reporting, "
                "consultation with the works council and the supply chain."
            ),
        },
    },
    {
        "path": "netwerken/tracer",
        "title": "TRACER",
        "slug": "tracer",
        "strings": {
            (
                "TRACER stimuleert werkend leren voor jongeren in de provincie Antwerpen, samen "
                "met ondernemingen die jongeren een leer- en werkplek aanbieden."
            ): (
                "TRACER promotes work-based learning for young people in the province of Antwerp, "
                "together with companies that offer young people a place to learn and work."
            ),
            "TRACER": "TRACER",
            (
                "Het lerend netwerk TRACER brengt Antwerpse ondernemingen, opleidingsverstrekkers "
                "en de VDAB samen rond één doel: meer jongeren laten leren op de werkvloer. "
                "Bedrijven uit verschillende sectoren engageren zich om jongeren een leerplek te "
                "bieden, en een kern van voortrekkers deelt zijn ervaring met andere "
                "ondernemingen."
            ): (
                "The TRACER learning network brings together companies in Antwerp, training "
                "providers and the VDAB (the Flemish public employment service) around one goal: "
                "more young people learning on the job. Companies from different sectors commit to "
                "offering young people a training place, and a core group of pioneers shares its "
                "experience with other companies."
            ),
            "Wat doet TRACER?": "What does TRACER do?",
            (
                "Werkend leren is voor veel jongeren de beste weg naar een kwalificatie en een "
                "duurzame job. TRACER wil die weg in de provincie Antwerpen breder openzetten. "
                "Voor <strong>105 jongeren</strong> zijn er al engagementen van Antwerpse "
                "ondernemingen, in verschillende sectoren en functies."
            ): (
                "For many young people, work-based learning is the best route to a qualification "
                "and a lasting job. TRACER wants to open that route more widely in the province of "
                "Antwerp. Companies in Antwerp have already made commitments for <strong>105 young "
                "people</strong>, in various sectors and jobs."
            ),
            (
                "De acties zijn ingeschreven in het jeugdactieplan. Samen met de VDAB worden de "
                "competenties van elke jongere gescreend, waarna een opleidingstraject op maat "
                "wordt uitgestippeld."
            ): (
                "The actions are part of the youth action plan. Together with the VDAB, each young "
                "person's competences are screened, after which a tailor-made training path is "
                "mapped out."
            ),
            (
                "TRACER richt zich tot elke onderneming die een jongere een kans wil geven. Een "
                "vijftal bedrijven treedt op als voortrekker: zij tonen hoe werkend leren in de "
                "praktijk loopt en helpen andere bedrijven op weg."
            ): (
                "TRACER addresses every company that wants to give a young person a chance. Some "
                "five companies act as pioneers: they show how work-based learning works in "
                "practice and help other companies get started."
            ),
            (
                "Voor een kmo is één leerplek al een waardevolle stap. TRACER helpt bij de "
                "afstemming met de opleidingsverstrekker en de VDAB, zodat de zaakvoerder zich kan "
                "concentreren op de begeleiding op de werkvloer."
            ): (
                "For an SME, a single training place is already a valuable step. TRACER helps to "
                "coordinate with the training provider and the VDAB, so that the owner-manager can "
                "concentrate on guidance on the shop floor."
            ),
            (
                "Grote ondernemingen kunnen leerplekken in verschillende afdelingen aanbieden en "
                "hun ervaring als voortrekker delen. TRACER werkt voor hen een benchmark uit om "
                "hun aanpak te vergelijken met die van andere bedrijven."
            ): (
                "Large companies can offer training places in several departments and share their "
                "experience as pioneers. For them, TRACER is developing a benchmark to compare "
                "their approach with that of other companies."
            ),
            (
                "Ondernemingen willen graag weten waar ze staan ten opzichte van andere bedrijven. "
                "Die vraag naar benchmarking nemen we mee in de verdere uitbouw van het netwerk."
            ): (
                "Companies want to know where they stand compared with other businesses. We are "
                "taking that demand for benchmarking on board as we develop the network further."
            ),
            "Lerend netwerk TRACER": "TRACER learning network",
            "Kris Van Herpe": "Kris Van Herpe",
            "Coördinator lerend netwerk": "Learning network coordinator",
            "+32 3 000 00 11": "+32 3 000 00 11",
            "Lerend netwerk TRACER<br/>Scheldestraat 12<br/>2000 Antwerpen": (
                "TRACER learning network<br/>Scheldestraat 12<br/>2000 Antwerp"
            ),
        },
    },
    {
        "path": "netwerken/diamond",
        "title": "DIAMOND",
        "slug": "diamond",
        "strings": {
            (
                "DIAMOND brengt maatschappelijk verantwoord ondernemen via de vakbondswerking op "
                "de werkvloer, met negen thematische modules voor werknemersvertegenwoordigers."
            ): (
                "DIAMOND brings corporate social responsibility to the workplace through "
                "trade-union work, with nine thematic modules for employee representatives."
            ),
            "DIAMOND": "DIAMOND",
            (
                "DIAMOND werkt met negen thematische modules, waarvan er zeven al lopen. Via de "
                "eigen kanalen van de vakbonden, zoals websites, brochures, artikels in de "
                "vakbondspers, studiedagen en informatiedagen, bereikt het netwerk "
                "werknemersvertegenwoordigers in heel Vlaanderen. In een volgende fase verbreedt "
                "DIAMOND zijn werking, onder meer naar de RESOC's."
            ): (
                "DIAMOND works with nine thematic modules, seven of which are already running. "
                "Through the unions' own channels, such as websites, brochures, articles in the "
                "union press, study days and information days, the network reaches employee "
                "representatives throughout Flanders. In a next phase DIAMOND will broaden its "
                "work, including to the RESOCs."
            ),
            "Negen modules, zeven in uitvoering": "Nine modules, seven under way",
            (
                "Van de negen geplande modules zijn er zeven van start gegaan: pendelplan en "
                "mobiliteit, milieuverslaggeving, gezinsvriendelijkheid, competenties, "
                "klimaatbeleid, de campagne schone bedrijfskleren en diversiteit. Per module past "
                "DIAMOND websites en brochures aan, verschijnen er artikels in de eigen "
                "perskanalen en worden studiedagen en informatiesessies georganiseerd."
            ): (
                "Of the nine planned modules, seven have started: commuting plans and mobility, "
                "environmental reporting, family-friendly work, competences, climate policy, the "
                "clean work clothes campaign and diversity. For each module DIAMOND adapts "
                "websites and brochures, articles appear in its own press channels, and study days "
                "and information sessions are organised."
            ),
            (
                "De modules geven werknemersvertegenwoordigers concrete handvatten om MVO-thema's "
                "aan te kaarten in het overleg met de werkgever. Elke module vertrekt van een "
                "herkenbaar thema op de werkvloer."
            ): (
                "The modules give employee representatives practical tools to raise CSR themes in "
                "consultation with the employer. Each module starts from a theme that is "
                "recognisable on the shop floor."
            ),
            (
                "In veel kmo's is er geen ondernemingsraad of vakbondsafvaardiging. DIAMOND zorgt "
                "daarom voor eenvoudige instrumenten, zoals checklists en brochures, die ook een "
                "enkele afgevaardigde of een betrokken medewerker kan gebruiken in een gesprek met "
                "de zaakvoerder."
            ): (
                "Many SMEs have no works council or union delegation. DIAMOND therefore provides "
                "simple tools, such as checklists and brochures, that a single representative or "
                "an involved employee can also use in a conversation with the owner-manager."
            ),
            (
                "In grote ondernemingen vinden de modules hun weg naar de ondernemingsraad, het "
                "comité voor preventie en bescherming op het werk en de vakbondsafvaardiging. Daar "
                "kunnen thema's als mobiliteit, milieu en diversiteit structureel op de agenda "
                "komen."
            ): (
                "In large companies the modules find their way to the works council, the committee "
                "for prevention and protection at work and the union delegation. There, themes "
                "such as mobility, the environment and diversity can become a standing item on the "
                "agenda."
            ),
            "Verbreden": "Broadening",
            (
                "DIAMOND zet vooral in op verbreding: de modules moeten zoveel mogelijk "
                "werknemersvertegenwoordigers bereiken. In het najaar wil het netwerk ook de "
                "RESOC's, de regionale sociaal-economische overlegcomités, overtuigen om de "
                "thema's mee op te nemen."
            ): (
                "DIAMOND focuses above all on broadening: the modules should reach as many "
                "employee representatives as possible. In the autumn the network also wants to "
                "convince the RESOCs, the regional socio-economic consultation committees, to take "
                "up the themes."
            ),
            "Guy Van Gyes": "Guy Van Gyes",
            "+32 16 00 00 12": "+32 16 00 00 12",
            "Lerend netwerk DIAMOND<br/>Tiensevest 80<br/>3000 Leuven": (
                "DIAMOND learning network<br/>Tiensevest 80<br/>3000 Leuven"
            ),
        },
    },
    {
        "path": "netwerken/compleet",
        "title": "COMPLEET",
        "slug": "compleet",
        "strings": {
            (
                "COMPLEET bundelt de MVO-instrumenten van zijn partners per thema en brengt ze "
                "naar ondernemingen in heel Vlaanderen, met roadshows en gratis begeleiding."
            ): (
                "COMPLEET brings its partners' CSR tools together by theme and takes them to "
                "companies throughout Flanders, with roadshows and free coaching."
            ),
            "COMPLEET": "COMPLEET",
            (
                "COMPLEET brengt de instrumenten van zijn partners samen in één aanbod, geordend "
                "per thema en niet per partner. Zo vindt een onderneming snel het instrument dat "
                "bij haar vraag past. Na een geslaagde stand op de VOV-beurs trekt het netwerk in "
                "het voorjaar met zes roadshows door Vlaanderen en Brussel; vanaf het najaar "
                "kunnen ondernemingen gratis begeleiding krijgen."
            ): (
                "COMPLEET brings its partners' tools together in one offer, arranged by theme "
                "rather than by partner. That way a company quickly finds the tool that fits its "
                "question. After a successful stand at the VOV fair, the network is touring "
                "Flanders and Brussels with six roadshows in the spring; from the autumn, "
                "companies can get free coaching."
            ),
            "Eén aanbod, geordend per thema": "One offer, arranged by theme",
            (
                "Wie met MVO wil beginnen, verdrinkt vaak in het aanbod aan handleidingen, scans "
                "en checklists. COMPLEET zet de instrumenten van alle partners op een rij en "
                "ordent ze per thema. Op de VOV-beurs maakten <strong>1.200 bezoekers</strong> "
                "kennis met het netwerk; wie aan de wedstrijd deelnam, maakte kans op een "
                "begeleidingstraject."
            ): (
                "Anyone who wants to start with CSR often drowns in the supply of manuals, scans "
                "and checklists. COMPLEET lists the tools of all its partners and arranges them by "
                "theme. At the VOV fair <strong>1,200 visitors</strong> got to know the network; "
                "those who took part in the competition could win a coaching programme."
            ),
            (
                "Een mailing naar <strong>4.000 adressen</strong> kondigde de roadshows aan en "
                "leverde al veel positieve reacties op."
            ): (
                "A mailing to <strong>4,000 addresses</strong> announced the roadshows and has "
                "already brought many positive reactions."
            ),
            (
                "Elk instrument wordt voorgesteld met een korte uitleg: voor welke vraag is het "
                "bedoeld, hoeveel tijd vraagt het en wat levert het op?"
            ): (
                "Each tool is presented with a short explanation: what question is it for, how "
                "much time does it take and what does it deliver?"
            ),
            (
                "Voor kmo's selecteert COMPLEET instrumenten die bruikbaar zijn zonder "
                "personeelsdienst of externe consultant. De zaakvoerder kan er zelf mee aan de "
                "slag, en wie meer wil, kan vanaf het najaar gratis begeleiding aanvragen."
            ): (
                "For SMEs, COMPLEET selects tools that can be used without an HR department or an "
                "external consultant. Owner-managers can get to work with them themselves, and "
                "those who want more can apply for free coaching from the autumn."
            ),
            (
                "Grote organisaties vinden in het aanbod ook instrumenten om MVO te verankeren in "
                "hun beleid, hun rapportering en het overleg met de ondernemingsraad, en om hun "
                "toeleveranciers mee op weg te zetten."
            ): (
                "Large organisations will also find tools to embed CSR in their policy, their "
                "reporting and the consultation with the works council, and to help their "
                "suppliers get started."
            ),
            "Griet Blieck": "Griet Blieck",
            "+32 15 00 00 13": "+32 15 00 00 13",
            "Lerend netwerk COMPLEET<br/>De Langhestraat 7<br/>2800 Mechelen": (
                "COMPLEET learning network<br/>De Langhestraat 7<br/>2800 Mechelen"
            ),
        },
    },
    {
        "path": "netwerken/mcdo",
        "title": "MCDO",
        "slug": "mcdo",
        "strings": {
            (
                "MCDO helpt kmo's om duurzaam te ondernemen, met een individuele duurzaamheidsscan "
                "en -plan en met collectieve groepssessies waarin ondernemers van elkaar leren."
            ): (
                "MCDO helps SMEs to do business sustainably, with an individual sustainability "
                "scan and plan and with collective group sessions in which entrepreneurs learn "
                "from each other."
            ),
            "MCDO": "MCDO",
            (
                "Het lerend netwerk MCDO combineert een individueel en een collectief traject voor "
                "kmo's. Elke deelnemende onderneming krijgt een duurzaamheidsscan en werkt een "
                "eigen duurzaamheidsplan uit; in groepssessies leren de ondernemers van elkaars "
                "aanpak. Het netwerk werft volop deelnemers."
            ): (
                "The MCDO learning network combines an individual and a collective programme for "
                "SMEs. Each participating company receives a sustainability scan and draws up its "
                "own sustainability plan; in group sessions the entrepreneurs learn from each "
                "other's approach. The network is actively recruiting participants."
            ),
            "Individueel en collectief": "Individual and collective",
            (
                "Het project bestaat uit twee delen. <strong>Individueel</strong> krijgt elke "
                "deelnemende kmo een duurzaamheidsscan, gevolgd door een duurzaamheidsplan op maat "
                "en de uitvoering van de eerste acties. <strong>Collectief</strong> komen de "
                "deelnemende bedrijven tien keer samen in groepssessies om ervaringen uit te "
                "wisselen en samen thema's uit te diepen."
            ): (
                "The project has two parts. <strong>Individually</strong>, each participating SME "
                "receives a sustainability scan, followed by a tailor-made sustainability plan and "
                "the implementation of the first actions. <strong>Collectively</strong>, the "
                "participating companies meet ten times in group sessions to exchange experiences "
                "and explore themes together."
            ),
            (
                "Het traject is zo opgezet dat de onderneming na afloop zelfstandig verder kan met "
                "haar duurzaamheidsplan."
            ): (
                "The programme is designed so that the company can carry on with its "
                "sustainability plan independently afterwards."
            ),
            (
                "MCDO richt zich specifiek tot kmo's. De scan en het plan zijn afgestemd op "
                "bedrijven zonder milieucoördinator of personeelsdienst: de zaakvoerder is de "
                "eerste gesprekspartner en beslist mee welke acties prioriteit krijgen."
            ): (
                "MCDO is aimed specifically at SMEs. The scan and the plan are tailored to "
                "companies without an environmental coordinator or HR department: the "
                "owner-manager is the first point of contact and helps decide which actions get "
                "priority."
            ),
            (
                "Grote organisaties zijn geen rechtstreekse doelgroep, maar kunnen hun "
                "kmo-toeleveranciers op het traject wijzen en zo duurzaamheid in hun keten "
                "stimuleren."
            ): (
                "Large organisations are not a direct target group, but they can point their SME "
                "suppliers to the programme and so encourage sustainability in their supply chain."
            ),
            "Werving": "Recruitment",
            (
                "MCDO zit volop in de wervingsfase. Er is een mailing verstuurd en er zijn "
                "persberichten verschenen. Op 6 maart staat duurzaam ondernemen centraal in een "
                "infosessie van de VKW-reeks, op 8 maart wordt het project voorgesteld. De "
                "collectieve bijeenkomsten starten op 24 april."
            ): (
                "MCDO is in the middle of its recruitment phase. A mailing has been sent and press "
                "releases have appeared. On 6 March sustainable business is the focus of an "
                "information session in the VKW series, and on 8 March the project is presented. "
                "The collective meetings start on 24 April."
            ),
            "Ilse Laureyns": "Ilse Laureyns",
            "+32 56 00 00 14": "+32 56 00 00 14",
            "Lerend netwerk MCDO<br/>Leiekaai 30<br/>8500 Kortrijk": (
                "MCDO learning network<br/>Leiekaai 30<br/>8500 Kortrijk"
            ),
        },
    },
    {
        "path": "netwerken/duurzaam-internationaal-ondernemen",
        "title": "Sustainable International Business",
        "slug": "sustainable-international-business",
        "strings": {
            (
                "Duurzaam Internationaal Ondernemen brengt MVO in de internationale handel, samen "
                "met de Vlaamse economische vertegenwoordigers in het buitenland en met "
                "exporterende bedrijven."
            ): (
                "Sustainable International Business brings CSR into international trade, together "
                "with the Flemish economic representatives abroad and with exporting companies."
            ),
            "DIO": "DIO",
            (
                "Het lerend netwerk Duurzaam Internationaal Ondernemen kende een vliegende start "
                "op de Vlaamse Economische Diplomatieke Dagen van 9 en 10 januari 2006. Het "
                "netwerk werkt met de Vlaamse economische vertegenwoordigers (VLEV'ers) van "
                "Flanders Investment &amp; Trade (FIT) en met exporterende ondernemingen, rond "
                "vier pijlers met telkens vier business cases."
            ): (
                "The Sustainable International Business learning network (Duurzaam Internationaal "
                "Ondernemen) got off to a flying start at the Flemish Economic Diplomatic Days on "
                "9 and 10 January 2006. The network works with the Flemish economic "
                "representatives (VLEV'ers) of Flanders Investment &amp; Trade (FIT) and with "
                "exporting companies, around four pillars with four business cases each."
            ),
            "Een vliegende start": "A flying start",
            (
                "Op de Vlaamse Economische Diplomatieke Dagen legden alle aanwezige VLEV'ers een "
                "'examen' af: de <strong>nulmeting MVO</strong>. Daaruit blijkt dat er bij deze "
                "doelgroep interesse is voor MVO en dat er ook concrete ervaring aanwezig is, maar "
                "dat het 'abc' van MVO nog niet gekend is."
            ): (
                "At the Flemish Economic Diplomatic Days, all the VLEV'ers present sat an 'exam': "
                "the <strong>CSR baseline test</strong>. It shows that this target group is "
                "interested in CSR and has concrete experience too, but does not yet know the "
                "'ABC' of CSR."
            ),
            (
                "Het project kreeg input vanuit Europa en veel aandacht van verschillende "
                "ministers, elk met eigen verwachtingen over het discours en de woordkeuze. Met de "
                "krant De Tijd is een overeenkomst gesloten; er zijn ook contacten met andere "
                "schrijvende pers en televisie."
            ): (
                "The project received input from Europe and a lot of attention from several "
                "ministers, each with their own expectations about the discourse and the choice of "
                "words. An agreement has been made with the newspaper De Tijd; there are also "
                "contacts with other print media and television."
            ),
            (
                "Duurzaam internationaal ondernemen vraagt dat bedrijven de normen die ze in "
                "Vlaanderen hanteren, ook in het buitenland toepassen, met oog voor de "
                "plaatselijke context."
            ): (
                "Sustainable international business asks companies to apply the standards they use "
                "in Flanders abroad as well, with an eye for the local context."
            ),
            (
                "Exporterende kmo's vinden bij het netwerk praktische handvatten, onder meer "
                "tijdens de export- en contactdagen die samen met VOKA regionaal en per thema "
                "worden georganiseerd."
            ): (
                "Exporting SMEs find practical tools at the network, for example during the export "
                "and contact days organised with VOKA by region and by theme."
            ),
            (
                "Grote ondernemingen met buitenlandse vestigingen en een internationale keten "
                "vinden inspiratie in de business cases, die tonen hoe MVO in de internationale "
                "bedrijfsvoering wordt verankerd."
            ): (
                "Large companies with branches abroad and an international supply chain find "
                "inspiration in the business cases, which show how CSR is embedded in "
                "international business operations."
            ),
            "Ook in het Engels": "In English too",
            (
                "De VLEV'ers werken in het buitenland voor Vlaanderen en vragen daarom naar "
                "Engelstalig materiaal. Het netwerk bekijkt met het ESF-Agentschap of binnen het "
                "project een Engelstalige folder kan worden gemaakt."
            ): (
                "The VLEV'ers work abroad for Flanders and therefore ask for material in English. "
                "The network is discussing with the ESF Agency whether an English-language leaflet "
                "can be produced within the project."
            ),
            "Peter Wollaert": "Peter Wollaert",
            "+32 2 000 00 15": "+32 2 000 00 15",
            (
                "Lerend netwerk Duurzaam Internationaal Ondernemen<br/>Handelskaai 18<br/>1000 "
                "Brussel"
            ): (
                "Sustainable International Business learning network<br/>Handelskaai 18<br/>1000 "
                "Brussels"
            ),
        },
    },
    {
        "path": "netwerken/duurzaam-veranderen",
        "title": "Sustainable Change",
        "slug": "sustainable-change",
        "strings": {
            (
                "Duurzaam Veranderen onderzoekt met organisaties hoe ze veranderingen kunnen "
                "aanpakken op een manier die medewerkers betrekt en de organisatie op lange "
                "termijn versterkt."
            ): (
                "Sustainable Change explores with organisations how they can tackle change in a "
                "way that involves their staff and strengthens the organisation in the long run."
            ),
            "Duurzaam Veranderen": "Sustainable Change",
            (
                "Het lerend netwerk Duurzaam Veranderen vertrekt van de vragen die organisaties "
                "zelf stellen. Na bezoeken aan een dertigtal ondernemingen zijn die vragen "
                "gebundeld in drie hoofdthema's. Achttien organisaties wisselen er een jaar lang "
                "ervaringen over uit, verdeeld over drie groepen."
            ): (
                "The Sustainable Change learning network (Duurzaam Veranderen) starts from the "
                "questions that organisations ask themselves. After visits to some thirty "
                "companies, those questions have been grouped into three main themes. Eighteen "
                "organisations, split into three groups, exchange experiences on them for a whole "
                "year."
            ),
            "Vertrekken van de praktijk": "Starting from practice",
            (
                "Het netwerk bezocht een dertigtal ondernemingen met de vraag met welke "
                "veranderingen ze geconfronteerd worden en waar de uitdagingen liggen. Alle "
                "antwoorden zijn gebundeld in drie hoofdthema's: hoe krijg je medewerkers "
                "klantgericht en vraaggestuurd aan het werk, wat is de rol van de HR-manager, en "
                "hoe creëer je betrokkenheid zonder dat de zelfkritische massa in de organisatie "
                "verdwijnt?"
            ): (
                "The network visited some thirty companies, asking which changes they face and "
                "where the challenges lie. All the answers have been grouped into three main "
                "themes: how do you get staff to work in a customer-oriented, demand-driven way, "
                "what is the role of the HR manager, and how do you create engagement without "
                "losing the self-critical mass in the organisation?"
            ),
            (
                "De aanpak steunt op uitwisseling: organisaties bezoeken elkaar en leren van "
                "elkaars oplossingen, maar ook van elkaars twijfels."
            ): (
                "The approach is based on exchange: organisations visit each other and learn from "
                "each other's solutions, but also from each other's doubts."
            ),
            (
                "Voor kleinere organisaties ligt de nadruk op de rol van de zaakvoerder of "
                "directeur, die verandering vaak rechtstreeks met de medewerkers bespreekt."
            ): (
                "In smaller organisations the emphasis is on the role of the owner-manager or "
                "director, who often discusses change directly with the staff."
            ),
            (
                "Voor grotere organisaties staan de rol van de HR-manager, de middenkaderleden en "
                "het sociaal overleg centraal."
            ): (
                "In larger organisations the role of the HR manager, middle management and social "
                "dialogue take centre stage."
            ),
            "Een methodiek om door te geven": "A method to pass on",
            (
                "Het netwerk zoekt hoe het zijn methodiek in een instrument kan gieten dat andere "
                "organisaties, en ook de RESOC's, kunnen gebruiken. Succesverhalen uit de "
                "deelnemende organisaties moeten de aanpak tastbaar maken."
            ): (
                "The network is looking for a way to turn its method into a tool that other "
                "organisations, and the RESOCs too, can use. Success stories from the "
                "participating organisations should make the approach tangible."
            ),
            "Frank Rochus": "Frank Rochus",
            "+32 9 000 00 16": "+32 9 000 00 16",
            "Lerend netwerk Duurzaam Veranderen<br/>Coupure Links 40<br/>9000 Gent": (
                "Sustainable Change learning network<br/>Coupure Links 40<br/>9000 Ghent"
            ),
        },
    },
    {
        "path": "netwerken/mvo-en-kmo",
        "title": "CSR &amp; SMEs",
        "slug": "csr-and-smes",
        "strings": {
            (
                "MVO &amp; KMO vertrekt van de waarden van de ondernemer zelf en helpt "
                "zaakvoerders van kmo's om daarop een concrete MVO-agenda te bouwen."
            ): (
                "CSR &amp; SMEs starts from the entrepreneur's own values and helps owner-managers "
                "of SMEs to build a concrete CSR agenda on them."
            ),
            "MVO &amp; KMO": "CSR &amp; SMEs",
            (
                "Het lerend netwerk MVO &amp; KMO legt een sterke focus op de ondernemer. Het "
                "project vertrekt van de waardenschaal van de ondernemer en gaat daarmee vooraf "
                "aan alle andere MVO-thema's. Het bestaat uit vier grote blokken, met per semester "
                "één thema, en biedt trainingen, een pioniersgroep en info-avonden aan."
            ): (
                "The CSR &amp; SMEs learning network (MVO &amp; KMO) puts a strong focus on the "
                "entrepreneur. The project starts from the entrepreneur's scale of values, which "
                "comes before all other CSR themes. It consists of four large blocks, with one "
                "theme per semester, and offers training, a pioneer group and information "
                "evenings."
            ),
            "De ondernemer centraal": "The entrepreneur at the centre",
            (
                "In een kmo is MVO geen afdeling maar een houding van de ondernemer. Daarom "
                "vertrekt het netwerk van de <strong>waardenschaal</strong> van de ondernemer: wat "
                "vindt hij of zij belangrijk, en hoe vertaalt zich dat in de dagelijkse "
                "bedrijfsvoering? Het doel is een <strong>agenda</strong> waarmee de ondernemer "
                "zelf aan de slag kan, iets wat direct bruikbaar is. Daaraan wordt een opleidings- "
                "en begeleidingsplatform gekoppeld."
            ): (
                "In an SME, CSR is not a department but an attitude of the entrepreneur. That is "
                "why the network starts from the entrepreneur's <strong>scale of values</strong>: "
                "what does he or she consider important, and how does that translate into "
                "day-to-day business? The aim is an <strong>agenda</strong> the entrepreneur can "
                "work with personally, something that is directly usable. A training and coaching "
                "platform is linked to it."
            ),
            (
                "Het project is opgebouwd uit vier grote blokken. Per semester komt telkens één "
                "thema aan bod, gespreid over de volledige projectperiode."
            ): (
                "The project is built up from four large blocks. Each semester covers one theme, "
                "spread over the whole project period."
            ),
            (
                "MVO &amp; KMO is gemaakt voor zaakvoerders van kleine en middelgrote "
                "ondernemingen. De trainingen zijn kort en praktisch, en de agenda past in de "
                "drukke week van een ondernemer."
            ): (
                "CSR &amp; SMEs is made for owner-managers of small and medium-sized enterprises. "
                "The training sessions are short and practical, and the agenda fits into an "
                "entrepreneur's busy week."
            ),
            (
                "Grote ondernemingen zijn geen doelgroep, maar de aanpak inspireert ook "
                "bedrijfsleiders van grotere organisaties die MVO willen laten aansluiten bij de "
                "waarden van het bedrijf."
            ): (
                "Large companies are not a target group, but the approach also inspires executives "
                "of larger organisations who want CSR to match the company's values."
            ),
            "Jerry Crombez": "Jerry Crombez",
            "+32 3 000 00 17": "+32 3 000 00 17",
            "Lerend netwerk MVO &amp; KMO<br/>Stationsplein 5<br/>9100 Sint-Niklaas": (
                "CSR &amp; SMEs learning network<br/>Stationsplein 5<br/>9100 Sint-Niklaas"
            ),
        },
    },
    {
        "path": "netwerken/mainstreamteam",
        "title": "CSR Mainstream Team",
        "slug": "mainstream-team",
        "strings": {
            (
                "Het mainstreamteam MVO, het achtste lerend netwerk, verbindt de zeven lerende "
                "netwerken met elkaar en met het beleid, en draagt hun resultaten breed uit."
            ): (
                "The CSR mainstream team, the eighth learning network, links the seven learning "
                "networks with each other and with policy, and spreads their results widely."
            ),
            "MST": "MST",
            (
                "Om samenwerking en integratie tussen de lerende netwerken te ondersteunen, is een "
                "procesbegeleider aangesteld: het mainstreamteam. Het zorgt voor "
                "informatie-uitwisseling en kennisdeling tussen de netwerken onderling en met het "
                "Digitaal Kenniscentrum MVO, voorkomt dubbel werk en tegenstrijdigheden en werkt "
                "met een actieplan met concrete, resultaatgerichte mijlpalen."
            ): (
                "To support cooperation and integration between the learning networks, a process "
                "facilitator has been appointed: the mainstream team. It ensures the exchange of "
                "information and knowledge between the networks and with the Digital Knowledge "
                "Centre for CSR, prevents duplicated work and contradictions, and works with an "
                "action plan with concrete, result-oriented milestones."
            ),
            "Een diagonale functie": "A diagonal role",
            (
                "Elk lerend netwerk werkt een verticaal thema uit. Het mainstreamteam neemt een "
                "<strong>diagonale functie</strong> waar: het screent de zeven thema's en verbindt "
                "ze met de vier aandachtspunten die in elk lerend netwerk aan bod moeten komen. "
                "Het team ondersteunt de communicatie van de netwerken vanuit de "
                "mainstreamingsgedachte, zonder te interfereren met hun eigen kanalen: de acties "
                "van het mainstreamteam moeten een andere meerwaarde bieden dan die van de "
                "netwerken zelf."
            ): (
                "Each learning network works out a vertical theme. The mainstream team fulfils a "
                "<strong>diagonal role</strong>: it screens the seven themes and links them to the "
                "four focus points that every learning network must cover. The team supports the "
                "networks' communication from a mainstreaming perspective, without interfering "
                "with their own channels: the mainstream team's actions must add a different value "
                "from those of the networks themselves."
            ),
            "Samenstelling": "Membership",
            (
                "In het mainstreamteam zitten academici, adviesbureaus uit de sociale economie, "
                "(ex-)bedrijfsleiders en een vertegenwoordiger van de SERV, aangevuld met de "
                "vertegenwoordigers van de zeven lerende netwerken, andere relevante actoren en "
                "het beleid. Die samenstelling garandeert een onafhankelijke en deskundige "
                "kwaliteitsbewaking. De leden kunnen deelnemen aan activiteiten van elk lerend "
                "netwerk om de vinger aan de pols te houden."
            ): (
                "The mainstream team includes academics, consultancies from the social economy, "
                "(former) business leaders and a representative of the SERV, together with the "
                "representatives of the seven learning networks, other relevant actors and policy "
                "makers. This composition guarantees independent and expert quality control. The "
                "members can take part in the activities of any learning network to keep their "
                "finger on the pulse."
            ),
            (
                "Het mainstreamteam zorgt ervoor dat MVO in Vlaanderen met één stem en één "
                "terminologie wordt uitgedragen, over alle thema's heen."
            ): (
                "The mainstream team makes sure that CSR in Flanders is communicated with one "
                "voice and one terminology, across all themes."
            ),
            (
                "Voor kmo's bewaakt het team dat de boodschappen van de netwerken haalbaar en "
                "herkenbaar blijven, en dat kleine ondernemingen de weg vinden naar het netwerk "
                "dat bij hun vraag past."
            ): (
                "For SMEs, the team makes sure that the networks' messages remain feasible and "
                "recognisable, and that small businesses find their way to the network that fits "
                "their question."
            ),
            (
                "Voor grote organisaties legt het team de verbinding met het beleid: de resultaten "
                "van de netwerken worden teruggekoppeld naar de betrokken ministers en naar de "
                "sociale partners."
            ): (
                "For large organisations, the team makes the link with policy: the networks' "
                "results are fed back to the ministers concerned and to the social partners."
            ),
            "Anne Van Beneden": "Anne Van Beneden",
            "Coördinator mainstreamteam MVO": "Coordinator, CSR mainstream team",
            "+32 2 000 00 18": "+32 2 000 00 18",
            "Mainstreamteam MVO<br/>Vlasgaardstraat 21 bus 5<br/>1000 Brussel": (
                "CSR mainstream team<br/>Vlasgaardstraat 21 bus 5<br/>1000 Brussels"
            ),
        },
    },
    {
        "path": "themas/mobiliteit-en-woon-werkverkeer",
        "title": "Mobility and commuting",
        "slug": "mobility-and-commuting",
        "strings": {
            (
                "Hoe uw medewerkers naar het werk komen, bepaalt mee uw kosten, uw bereikbaarheid "
                "en uw impact op milieu en verkeer. Een pendelplan zet dat om in haalbare "
                "alternatieven."
            ): (
                "How your staff get to work affects your costs, your accessibility and your impact "
                "on the environment and traffic. A commuting plan turns this into feasible "
                "alternatives."
            ),
            (
                "Files, parkeerdruk en de kosten van het wagenpark maken woon-werkverkeer tot een "
                "thema waarin werkgevers en werknemers elkaar vinden. Maatschappelijk verantwoord "
                "ondernemen betekent hier dat u de verplaatsingen van uw medewerkers als een "
                "gedeelde verantwoordelijkheid bekijkt en samen werkt aan vlottere, veiligere en "
                "duurzamere alternatieven."
            ): (
                "Traffic jams, parking pressure and the cost of the vehicle fleet make commuting a "
                "theme on which employers and employees find common ground. Corporate social "
                "responsibility here means that you see your employees' journeys as a shared "
                "responsibility and work together on smoother, safer and more sustainable "
                "alternatives."
            ),
            "Wat houdt het in?": "What does it involve?",
            (
                "Een duurzaam mobiliteitsbeleid vertrekt van een eenvoudige vraag: hoe geraken uw "
                "medewerkers vandaag op het werk, en hoe kan het beter? Het antwoord leidt tot een "
                "<strong>pendelplan</strong> of bedrijfsvervoerplan: een samenhangend pakket "
                "maatregelen rond openbaar vervoer, fietsen, carpoolen, telewerk en werktijden."
            ): (
                "A sustainable mobility policy starts from a simple question: how do your "
                "employees get to work today, and how could it be better? The answer leads to a "
                "<strong>commuting plan</strong> or company travel plan: a coherent package of "
                "measures on public transport, cycling, car sharing, teleworking and working "
                "hours."
            ),
            (
                "Dat loont op meer dan één vlak: minder stress en verloren tijd voor de "
                "werknemers, lagere kosten voor parking en vervoer, een betere bereikbaarheid voor "
                "klanten en leveranciers en minder uitstoot."
            ): (
                "It pays off in more than one way: less stress and lost time for employees, lower "
                "parking and transport costs, better accessibility for customers and suppliers, "
                "and lower emissions."
            ),
            "Eerste stappen": "First steps",
            "Breng in kaart waar uw medewerkers wonen en hoe ze vandaag naar het werk komen.": (
                "Map where your employees live and how they get to work today."
            ),
            (
                "Ga na welke alternatieven er zijn: bus- en treinverbindingen in de buurt, veilige "
                "fietsroutes, collega's die in dezelfde richting wonen."
            ): (
                "Find out which alternatives exist: bus and train connections nearby, safe cycle "
                "routes, colleagues who live in the same direction."
            ),
            (
                "Kies enkele haalbare maatregelen, communiceer ze duidelijk en evalueer ze na zes "
                "maanden."
            ): (
                "Choose a few feasible measures, communicate them clearly and evaluate them after "
                "six months."
            ),
            (
                "Een goed pendelplan steunt op overleg: wie dagelijks pendelt, weet het best waar "
                "het knelt. Betrek de medewerkers van bij het begin en maak afspraken die voor "
                "iedereen duidelijk zijn, bijvoorbeeld over de fietsvergoeding of over thuiswerk."
            ): (
                "A good commuting plan is built on consultation: those who commute every day know "
                "best where the problems are. Involve employees from the start and make "
                "arrangements that are clear to everyone, for example on a cycling allowance or "
                "working from home."
            ),
            (
                "In een kmo volstaan vaak een gesprek op de personeelsvergadering en een lijst aan "
                "het prikbord. De zaakvoerder kan zelf collega's samenbrengen die willen "
                "carpoolen, een overdekte fietsenstalling voorzien of een fietsvergoeding "
                "invoeren. Ligt uw bedrijf op een bedrijventerrein? Stem dan af met de buren: "
                "samen een pendelbus of carpoolregeling organiseren is goedkoper dan alleen."
            ): (
                "In an SME, a conversation at the staff meeting and a list on the notice board are "
                "often enough. The owner-manager can bring together colleagues who want to "
                "car-share, provide covered bicycle parking or introduce a cycling allowance. Is "
                "your company on a business park? Then coordinate with your neighbours: organising "
                "a shuttle bus or car-sharing scheme together is cheaper than doing it alone."
            ),
            (
                "Een grote organisatie houdt een mobiliteitsenquête per vestiging en stelt een "
                "mobiliteitscoördinator aan. Bespreek het pendelplan in de ondernemingsraad of met "
                "de vakbondsafvaardiging, stem het af op het beleid rond bedrijfswagens en "
                "rapporteer jaarlijks over de resultaten, zoals het aandeel medewerkers dat met de "
                "fiets of het openbaar vervoer komt."
            ): (
                "A large organisation runs a mobility survey at each site and appoints a mobility "
                "coordinator. Discuss the commuting plan in the works council or with the union "
                "delegation, align it with the company car policy and report every year on the "
                "results, such as the share of employees who come by bicycle or public transport."
            ),
        },
    },
    {
        "path": "themas/milieurapportering",
        "title": "Environmental reporting",
        "slug": "environmental-reporting",
        "strings": {
            (
                "Open rapporteren over uw milieuprestaties toont waar u staat en waar u kunt "
                "verbeteren. Het helpt ook in het gesprek met werknemers, buren, klanten en "
                "overheid."
            ): (
                "Reporting openly on your environmental performance shows where you stand and "
                "where you can improve. It also helps in the dialogue with employees, neighbours, "
                "customers and government."
            ),
            (
                "Milieurapportering is meer dan een verplichting voor wie een milieuvergunning "
                "heeft. Een helder verslag over energie, afval, emissies en grondstoffen is een "
                "instrument om doelen te stellen, vooruitgang te meten en het gesprek aan te gaan "
                "met iedereen die bij uw onderneming betrokken is."
            ): (
                "Environmental reporting is more than an obligation for those with an "
                "environmental permit. A clear report on energy, waste, emissions and raw "
                "materials is a tool to set targets, measure progress and engage with everyone "
                "involved in your company."
            ),
            "Waarom rapporteren?": "Why report?",
            (
                "Wat u niet meet, kunt u moeilijk verbeteren. Een milieuverslag verzamelt de "
                "belangrijkste cijfers over het verbruik van energie, water en grondstoffen, de "
                "hoeveelheid afval en de uitstoot van uw activiteiten. Wie die cijfers jaar na "
                "jaar vergelijkt, ziet waar de winst te halen is."
            ): (
                "What you do not measure, you can hardly improve. An environmental report gathers "
                "the key figures on the use of energy, water and raw materials, the amount of "
                "waste and the emissions of your activities. Compare those figures year after year "
                "and you will see where there are gains to be made."
            ),
            (
                "Een verslag is ook een communicatie-instrument. Werknemers en hun "
                "vertegenwoordigers, omwonenden, klanten en financiers vragen steeds vaker naar de "
                "milieuprestaties van een onderneming. Een eerlijk verslag dat ook de werkpunten "
                "benoemt, wekt meer vertrouwen dan een glanzende brochure."
            ): (
                "A report is also a communication tool. Employees and their representatives, local "
                "residents, customers and financiers increasingly ask about a company's "
                "environmental performance. An honest report that also names the points for "
                "improvement inspires more confidence than a glossy brochure."
            ),
            "Wat neemt u op?": "What should it include?",
            "Een korte voorstelling van de activiteiten en de belangrijkste milieuaspecten.": (
                "A short presentation of the activities and the main environmental aspects."
            ),
            (
                "Kerncijfers over energie, water, afval, emissies en het gebruik van gevaarlijke "
                "stoffen."
            ): (
                "Key figures on energy, water, waste, emissions and the use of hazardous "
                "substances."
            ),
            "De doelstellingen voor het komende jaar en de stand van zaken van de vorige.": (
                "The targets for the coming year and the progress on last year's."
            ),
            "Incidenten en klachten, en hoe ermee is omgegaan.": (
                "Incidents and complaints, and how they were dealt with."
            ),
            (
                "Begin bij de gegevens die u al hebt: de facturen voor energie en afval en de "
                "gegevens die u voor uw milieuvergunning bijhoudt. Houd het verslag leesbaar en "
                "vergelijkbaar van jaar tot jaar."
            ): (
                "Start with the data you already have: the invoices for energy and waste and the "
                "data you keep for your environmental permit. Keep the report readable and "
                "comparable from year to year."
            ),
            (
                "Voor een kmo kan een milieuverslag één of twee bladzijden tellen, opgesteld door "
                "de zaakvoerder of de preventieadviseur. Een eenvoudige tabel met het verbruik van "
                "de voorbije drie jaar en drie concrete verbeterpunten is al een sterk begin, en "
                "vraagt niet veel meer dan een namiddag werk."
            ): (
                "For an SME, an environmental report can be one or two pages long, drawn up by the "
                "owner-manager or the prevention adviser. A simple table with consumption over the "
                "past three years and three concrete points for improvement is already a strong "
                "start, and takes little more than an afternoon's work."
            ),
            (
                "Grote organisaties publiceren een jaarlijks milieu- of duurzaamheidsverslag "
                "volgens een internationaal erkend kader, zoals de richtlijnen van het Global "
                "Reporting Initiative, en laten het bij voorkeur extern verifiëren. Licht het "
                "verslag toe in de ondernemingsraad en in het comité voor preventie en bescherming "
                "op het werk, en betrek ook de toeleveranciers bij de gegevensverzameling."
            ): (
                "Large organisations publish an annual environmental or sustainability report "
                "according to an internationally recognised framework, such as the Global "
                "Reporting Initiative guidelines, and preferably have it verified externally. "
                "Present the report to the works council and to the committee for prevention and "
                "protection at work, and involve suppliers in collecting the data."
            ),
        },
    },
    {
        "path": "themas/gezinsvriendelijk-ondernemen",
        "title": "Family-friendly business",
        "slug": "family-friendly-business",
        "strings": {
            (
                "Werk en gezin beter combineren is goed voor de medewerkers én voor de "
                "organisatie: minder verzuim, meer betrokkenheid en een sterker imago op de "
                "arbeidsmarkt."
            ): (
                "Combining work and family better is good for employees and for the organisation: "
                "less absenteeism, more commitment and a stronger image on the labour market."
            ),
            (
                "Kinderen, de zorg voor ouders, een partner die ook werkt: het privéleven van "
                "medewerkers weegt zwaar op hun werk. Gezinsvriendelijk ondernemen betekent dat u "
                "ruimte maakt voor die realiteit, met maatregelen rond werktijden, verlof, opvang "
                "en bedrijfscultuur."
            ): (
                "Children, caring for parents, a partner who also works: employees' private lives "
                "weigh heavily on their work. Family-friendly business means making room for that "
                "reality, with measures on working hours, leave, childcare and company culture."
            ),
            "Meer dan glijdende uren": "More than flexitime",
            (
                "Gezinsvriendelijke maatregelen gaan over de organisatie van het werk (glijdende "
                "uren, deeltijds werk, telewerk), over verlof (ouderschapsverlof, tijdskrediet, "
                "zorgverlof), over praktische diensten (hulp bij het zoeken naar kinderopvang, een "
                "strijkdienst) en vooral over de cultuur: mag een medewerker zeggen dat hij om "
                "vijf uur weg moet om de kinderen op te halen?"
            ): (
                "Family-friendly measures concern the organisation of work (flexitime, part-time "
                "work, teleworking), leave (parental leave, career breaks, care leave), practical "
                "services (help in finding childcare, an ironing service) and above all the "
                "culture: may an employee say that he has to leave at five to pick up the "
                "children?"
            ),
            (
                "Een organisatie die daar bewust mee omgaat, houdt haar mensen langer, vindt "
                "gemakkelijker nieuwe medewerkers en ziet het ziekteverzuim dalen."
            ): (
                "An organisation that deals with this consciously keeps its people longer, finds "
                "new employees more easily and sees sickness absence fall."
            ),
            (
                "Een checklist helpt om te zien waar u vandaag staat: welke maatregelen bestaan er "
                "al, welke worden echt gebruikt en waar lopen medewerkers tegenaan? Vraag het ook "
                "aan hen: een alleenstaande ouder heeft andere noden dan iemand die voor een zieke "
                "ouder zorgt."
            ): (
                "A checklist helps you see where you stand today: which measures already exist, "
                "which are actually used and where do employees run into difficulties? Ask them "
                "too: a single parent has different needs from someone caring for a sick parent."
            ),
            (
                "In een kleine onderneming ligt veel in handen van de zaakvoerder. Zonder "
                "personeelsdienst kunt u toch veel doen met onderlinge afspraken: een collega die "
                "inspringt, een vaste thuiswerkdag, een uurrooster dat rekening houdt met de "
                "schooluren. Zulke oplossingen op maat kosten weinig en maken een groot verschil."
            ): (
                "In a small company, much is in the hands of the owner-manager. Even without an HR "
                "department you can do a lot with mutual arrangements: a colleague who steps in, a "
                "fixed day working from home, a roster that takes school hours into account. Such "
                "tailor-made solutions cost little and make a big difference."
            ),
            (
                "In een grote organisatie hoort gezinsvriendelijkheid thuis in het "
                "personeelsbeleid, met duidelijke regels die voor iedereen gelden en "
                "leidinggevenden die ze ook toepassen. Een externe doorlichting, zoals de Family "
                "&amp; Business Audit, brengt de bestaande maatregelen en de verbeterpunten "
                "systematisch in kaart. Bespreek de resultaten met de ondernemingsraad."
            ): (
                "In a large organisation, family-friendliness belongs in HR policy, with clear "
                "rules that apply to everyone and managers who actually apply them. An external "
                "audit, such as the Family &amp; Business Audit, systematically maps the existing "
                "measures and the points for improvement. Discuss the results with the works "
                "council."
            ),
            (
                "Sinds we de uurroosters samen met de ploeg opstellen, is het verzuim merkbaar "
                "gedaald. Het heeft ons vooral een paar goede gesprekken gekost."
            ): (
                "Since we started drawing up the rosters together with the team, absenteeism has "
                "dropped noticeably. Above all, it cost us a few good conversations."
            ),
            "Zaakvoerder van een drukkerij met 25 medewerkers": (
                "Owner-manager of a printing company with 25 employees"
            ),
        },
    },
    {
        "path": "themas/competentiemanagement",
        "title": "Competence management",
        "slug": "competence-management",
        "strings": {
            (
                "Competentiemanagement brengt de kennis, vaardigheden en attitudes van medewerkers "
                "in kaart en laat ze groeien, in het belang van de mensen en van de organisatie."
            ): (
                "Competence management maps the knowledge, skills and attitudes of employees and "
                "helps them grow, in the interest of the people and of the organisation."
            ),
            (
                "Medewerkers die hun talenten kunnen inzetten en verder ontwikkelen, zijn "
                "gemotiveerder en blijven inzetbaar, ook als hun job verandert. "
                "Competentiemanagement verbindt de doelen van de organisatie met de ontwikkeling "
                "van elke medewerker en is zo een kernstuk van een maatschappelijk verantwoord "
                "personeelsbeleid."
            ): (
                "Employees who can use and develop their talents are more motivated and remain "
                "employable, even when their job changes. Competence management links the "
                "organisation's goals with each employee's development and is thus a cornerstone "
                "of a socially responsible HR policy."
            ),
            "Wat is competentiemanagement?": "What is competence management?",
            (
                "Een competentie is het geheel van kennis, vaardigheden en houding dat iemand "
                "nodig heeft om een taak goed uit te voeren. Competentiemanagement betekent dat u "
                "nagaat welke competenties de organisatie nodig heeft, welke uw medewerkers al "
                "hebben en hoe u de kloof dicht: met opleiding, coaching, jobrotatie of leren op "
                "de werkvloer."
            ): (
                "A competence is the combination of knowledge, skills and attitude that someone "
                "needs to perform a task well. Competence management means finding out which "
                "competences the organisation needs, which ones your employees already have, and "
                "how to close the gap: with training, coaching, job rotation or learning on the "
                "job."
            ),
            (
                "Ook competenties die iemand buiten het werk of in een vorige job heeft verworven, "
                "tellen mee. Wie ze erkent, geeft kansen aan mensen met weinig diploma's maar veel "
                "vakmanschap."
            ): (
                "Competences acquired outside work or in a previous job count too. Recognising "
                "them gives opportunities to people with few diplomas but a great deal of "
                "craftsmanship."
            ),
            "Aan de slag": "Getting started",
            "Beschrijf per functie de drie tot vijf competenties die echt het verschil maken.": (
                "For each job, describe the three to five competences that really make the "
                "difference."
            ),
            (
                "Voer met elke medewerker een jaarlijks gesprek over wat goed gaat en wat hij of "
                "zij wil leren."
            ): (
                "Hold an annual conversation with each employee about what is going well and what "
                "he or she wants to learn."
            ),
            "Leg de afspraken vast in een eenvoudig persoonlijk ontwikkelingsplan en volg ze op.": (
                "Record the agreements in a simple personal development plan and follow them up."
            ),
            (
                "Competentiemanagement werkt pas als medewerkers het ervaren als een kans en niet "
                "als een beoordelingsinstrument. Wees open over het doel en zorg ervoor dat er na "
                "het gesprek ook echt iets gebeurt."
            ): (
                "Competence management only works if employees experience it as an opportunity and "
                "not as an assessment tool. Be open about the purpose and make sure something "
                "really happens after the conversation."
            ),
            (
                "In een kmo voert de zaakvoerder of de ploegbaas de gesprekken meestal zelf. "
                "Gebruik eenvoudige middelen: een functiebeschrijving op één blad en een gesprek "
                "van een halfuur. Leren gebeurt vaak het best op de werkvloer, naast een ervaren "
                "collega. Voor externe opleidingen kunt u aankloppen bij het opleidingsfonds van "
                "uw sector."
            ): (
                "In an SME, the owner-manager or the team leader usually holds the conversations "
                "personally. Use simple means: a one-page job description and a half-hour "
                "conversation. Learning often happens best on the shop floor, next to an "
                "experienced colleague. For external training, you can turn to your sector's "
                "training fund."
            ),
            (
                "Een grote organisatie bouwt een competentiewoordenboek uit en koppelt het aan "
                "werving, loopbaanbeleid, opleidingsplannen en evaluatie. Betrek de "
                "ondernemingsraad en de vakbondsafvaardiging bij de uitwerking, zodat het systeem "
                "gedragen wordt. Rapporteer over het aantal opleidingsuren per medewerker en per "
                "functieniveau."
            ): (
                "A large organisation develops a competence dictionary and links it to "
                "recruitment, career policy, training plans and appraisal. Involve the works "
                "council and the union delegation in developing it, so that the system has broad "
                "support. Report on the number of training hours per employee and per job level."
            ),
        },
    },
    {
        "path": "themas/klimaatbeleid",
        "title": "Climate policy",
        "slug": "climate-policy",
        "strings": {
            (
                "Met het Kyotoprotocol heeft België zich ertoe verbonden zijn uitstoot van "
                "broeikasgassen te verminderen. Ook ondernemingen kunnen hun energieverbruik en "
                "uitstoot gericht terugdringen."
            ): (
                "Under the Kyoto Protocol, Belgium has committed itself to reducing its greenhouse "
                "gas emissions. Companies too can cut their energy use and emissions in a targeted "
                "way."
            ),
            (
                "Klimaatverandering is een van de grote uitdagingen van deze eeuw. Sinds het "
                "Kyotoprotocol in februari 2005 in werking trad, moet België zijn uitstoot van "
                "broeikasgassen in de periode 2008-2012 met 7,5 procent verminderen ten opzichte "
                "van 1990. Ondernemingen dragen daar een belangrijk deel toe bij: door zuiniger "
                "met energie om te springen, slimmer te produceren en hun medewerkers te "
                "betrekken."
            ): (
                "Climate change is one of the great challenges of this century. Since the Kyoto "
                "Protocol came into force in February 2005, Belgium must reduce its greenhouse gas "
                "emissions by 7.5 per cent compared with 1990 over the period 2008-2012. Companies "
                "make an important contribution: by using energy more sparingly, producing more "
                "smartly and involving their employees."
            ),
            "Energie besparen begint op de werkvloer": "Saving energy starts on the shop floor",
            (
                "Een klimaatbeleid in de onderneming begint met inzicht in het energieverbruik: "
                "welke installaties, gebouwen en verplaatsingen verbruiken het meest? Vaak liggen "
                "de eerste besparingen voor het grijpen: verlichting en verwarming die onnodig "
                "aanstaan, perslucht die weglekt, machines die op stand-by blijven."
            ): (
                "A company climate policy starts with insight into energy use: which "
                "installations, buildings and journeys use the most? The first savings are often "
                "there for the taking: lighting and heating left on unnecessarily, compressed air "
                "leaking away, machines left on standby."
            ),
            (
                "Daarna volgen investeringen met een langere terugverdientijd, zoals isolatie, "
                "zuinigere motoren of warmterecuperatie, en keuzes rond vervoer en aankoop. "
                "Medewerkers spelen daarin een sleutelrol: zij kennen de installaties en zien waar "
                "energie verloren gaat."
            ): (
                "Then come investments with a longer payback period, such as insulation, more "
                "efficient motors or heat recovery, and choices about transport and purchasing. "
                "Employees play a key role: they know the installations and see where energy is "
                "lost."
            ),
            (
                "Houd een eenvoudige energieboekhouding bij, kies een beperkt aantal "
                "doelstellingen en maak iemand verantwoordelijk voor de opvolging. Communiceer de "
                "resultaten: zichtbare besparingen motiveren om door te gaan."
            ): (
                "Keep simple energy accounts, choose a limited number of targets and make someone "
                "responsible for following them up. Communicate the results: visible savings "
                "motivate people to keep going."
            ),
            (
                "Voor een kmo is een energiescan door een onafhankelijke adviseur of via de "
                "sectorfederatie een betaalbaar vertrekpunt. Begin met maatregelen die weinig "
                "kosten en snel renderen, zoals tijdschakelaars, zuinige verlichting en een vaste "
                "controleronde bij het afsluiten van de werkplaats. Zo ziet de zaakvoerder het "
                "verschil meteen op de energiefactuur."
            ): (
                "For an SME, an energy scan by an independent adviser or through the sector "
                "federation is an affordable starting point. Start with measures that cost little "
                "and pay off quickly, such as timer switches, efficient lighting and a fixed check "
                "round when the workshop closes. That way the owner-manager sees the difference "
                "straight away on the energy bill."
            ),
            (
                "Grote en energie-intensieve bedrijven werken met een energiezorgsysteem, een "
                "energiecoördinator en meerjarige doelstellingen, bijvoorbeeld in het kader van "
                "het Vlaamse benchmarking- of auditconvenant. Neem het klimaatbeleid op in het "
                "duurzaamheidsverslag, bespreek het met de werknemersvertegenwoordigers en stel "
                "ook eisen aan de energie-efficiëntie van leveranciers en van het wagenpark."
            ): (
                "Large and energy-intensive companies work with an energy management system, an "
                "energy coordinator and multi-year targets, for example under the Flemish "
                "benchmarking or audit covenant. Include climate policy in the sustainability "
                "report, discuss it with the employee representatives and also set requirements "
                "for the energy efficiency of suppliers and of the vehicle fleet."
            ),
            (
                "Onze vakbondsafgevaardigden kenden de installaties beter dan wie ook. Hun "
                "voorstellen brachten het eerste jaar meer op dan de dure studie die we hadden "
                "besteld."
            ): (
                "Our union representatives knew the installations better than anyone. In the first "
                "year their suggestions saved more than the expensive study we had commissioned."
            ),
            "Preventieadviseur in een metaalbedrijf": (
                "Prevention adviser in a metalworking company"
            ),
        },
    },
    {
        "path": "themas/schone-kleren",
        "title": "Clean clothes",
        "slug": "clean-clothes",
        "strings": {
            (
                "Werkkledij, uniformen en promotietextiel worden vaak gemaakt in omstandigheden "
                "die niet door de beugel kunnen. Als aankoper kunt u mee eerlijke "
                "arbeidsvoorwaarden afdwingen."
            ): (
                "Workwear, uniforms and promotional textiles are often made in unacceptable "
                "conditions. As a buyer, you can help enforce fair working conditions."
            ),
            (
                "Achter elke overall, veiligheidsjas of bedrukte T-shirt zit een productieketen "
                "die vaak tot in Azië, Noord-Afrika of Oost-Europa reikt. Schone kleren staat voor "
                "kledij die gemaakt is met respect voor de fundamentele arbeidsnormen: geen "
                "kinderarbeid, geen dwangarbeid, geen discriminatie, vrijheid van vakvereniging, "
                "een leefbaar loon en veilige werkomstandigheden."
            ): (
                "Behind every overall, safety jacket or printed T-shirt lies a production chain "
                "that often reaches as far as Asia, North Africa or Eastern Europe. Clean clothes "
                "stands for clothing made with respect for the fundamental labour standards: no "
                "child labour, no forced labour, no discrimination, freedom of association, a "
                "living wage and safe working conditions."
            ),
            "Waar gaat het om?": "What is it about?",
            (
                "Bedrijven, overheden en organisaties kopen samen grote hoeveelheden "
                "bedrijfskledij aan. Die koopkracht is een hefboom. Wie bij de aankoop vraagt naar "
                "de arbeidsomstandigheden bij de producent en dat in het contract opneemt, zet de "
                "leverancier ertoe aan de fundamentele arbeidsnormen van de Internationale "
                "Arbeidsorganisatie (IAO) na te leven."
            ): (
                "Companies, governments and organisations together buy large quantities of "
                "workwear. That purchasing power is a lever. If you ask about the working "
                "conditions at the producer when you buy and include them in the contract, you "
                "encourage the supplier to comply with the fundamental labour standards of the "
                "International Labour Organization (ILO)."
            ),
            "Eerste stappen voor de aankoper": "First steps for the buyer",
            "Vraag uw leverancier waar en door wie uw bedrijfskledij gemaakt wordt.": (
                "Ask your supplier where and by whom your workwear is made."
            ),
            (
                "Neem een gedragscode op in het bestek of de bestelbon, gebaseerd op de "
                "kernarbeidsnormen van de IAO."
            ): (
                "Include a code of conduct in the specifications or the purchase order, based on "
                "the ILO core labour standards."
            ),
            (
                "Vraag hoe de leverancier de naleving controleert en geef de voorkeur aan "
                "leveranciers die onafhankelijke controle toelaten."
            ): (
                "Ask how the supplier monitors compliance and give preference to suppliers that "
                "allow independent monitoring."
            ),
            "Informeer uw medewerkers: zij dragen de kledij elke dag.": (
                "Inform your employees: they wear the clothes every day."
            ),
            (
                "U hoeft niet alles in één keer te regelen. Wat telt, is dat u de vraag stelt, uw "
                "leverancier aanspreekt op verbeteringen en die vraag bij elke nieuwe bestelling "
                "herhaalt."
            ): (
                "You do not have to arrange everything at once. What counts is that you ask the "
                "question, hold your supplier to improvements and repeat the question with every "
                "new order."
            ),
            (
                "Een kmo bestelt vaak kleine hoeveelheden bij een plaatselijke verdeler en weegt "
                "weinig tegenover de fabrikant. Sluit daarom aan bij een gezamenlijke aanpak, "
                "bijvoorbeeld via uw sectorfederatie of samen met andere bedrijven, en kies bij "
                "gelijke prijs bewust voor een leverancier die open is over zijn productie."
            ): (
                "An SME often orders small quantities from a local distributor and carries little "
                "weight with the manufacturer. So join a collective approach, for example through "
                "your sector federation or together with other companies, and at equal prices "
                "deliberately choose a supplier that is open about its production."
            ),
            (
                "Een grote organisatie kan de naleving van een gedragscode contractueel "
                "vastleggen, audits eisen en een verbeterplan met de leverancier afspreken. Betrek "
                "de ondernemingsraad en de vakbondsafvaardiging bij de keuze van de kledij en "
                "rapporteer over het aandeel aankopen dat aan de code voldoet."
            ): (
                "A large organisation can lay down compliance with a code of conduct in the "
                "contract, require audits and agree an improvement plan with the supplier. Involve "
                "the works council and the union delegation in the choice of clothing and report "
                "on the share of purchases that meet the code."
            ),
        },
    },
    {
        "path": "themas/diversiteit",
        "title": "Diversity",
        "slug": "diversity",
        "strings": {
            (
                "Een divers personeelsbestand weerspiegelt de samenleving en de klanten. "
                "Diversiteitsbeleid zorgt voor gelijke kansen, ongeacht afkomst, leeftijd, "
                "geslacht of handicap."
            ): (
                "A diverse workforce reflects society and your customers. A diversity policy "
                "ensures equal opportunities, regardless of origin, age, gender or disability."
            ),
            (
                "De Vlaamse arbeidsmarkt verandert: de bevolking vergrijst, de instroom wordt "
                "diverser en in veel sectoren is het moeilijk om geschikte mensen te vinden. Wie "
                "aanwerft en loopbanen uitbouwt op basis van competenties in plaats van "
                "vooroordelen, vergroot de vijver waarin hij vist en geeft kansen aan groepen die "
                "vandaag te weinig aan bod komen."
            ): (
                "The Flemish labour market is changing: the population is ageing, the inflow is "
                "becoming more diverse and in many sectors it is hard to find suitable people. "
                "Those who recruit and build careers on the basis of competences rather than "
                "prejudice widen the pool they fish in and give opportunities to groups that are "
                "under-represented today."
            ),
            "Gelijke kansen in de praktijk": "Equal opportunities in practice",
            (
                "Diversiteitsbeleid gaat over werving en selectie, onthaal, opleiding, loopbaan en "
                "werksfeer. Het richt zich in het bijzonder op kansengroepen: mensen van "
                "allochtone afkomst, oudere werknemers, personen met een arbeidshandicap, "
                "laaggeschoolden en vrouwen in functies waar ze ondervertegenwoordigd zijn."
            ): (
                "Diversity policy covers recruitment and selection, induction, training, careers "
                "and working atmosphere. It focuses in particular on disadvantaged groups: people "
                "of immigrant origin, older workers, people with an occupational disability, the "
                "low-skilled and women in jobs where they are under-represented."
            ),
            (
                "In Vlaanderen kunnen organisaties die een diversiteitsplan opstellen, rekenen op "
                "de steun van diversiteitsconsulenten. Zij helpen bij de analyse en bij het "
                "uitwerken van concrete acties."
            ): (
                "In Flanders, organisations that draw up a diversity plan can count on the support "
                "of diversity consultants. They help with the analysis and with working out "
                "concrete actions."
            ),
            (
                "Begin met een eerlijke blik op uw eigen organisatie: wie werkt er vandaag, wie "
                "solliciteert er en wie niet? Kijk vervolgens naar de drempels in uw vacatures, uw "
                "selectieprocedures en uw onthaal, en pak ze stap voor stap aan."
            ): (
                "Start with an honest look at your own organisation: who works there today, who "
                "applies and who does not? Then look at the barriers in your vacancies, your "
                "selection procedures and your induction, and tackle them step by step."
            ),
            (
                "Een kmo heeft geen diversiteitsmanager, maar de zaakvoerder bepaalt wel "
                "rechtstreeks wie er binnenkomt. Schrijf vacatures in heldere taal, laat "
                "kandidaten een dag meedraaien in plaats van enkel op het cv te selecteren en zorg "
                "voor een peter of meter die een nieuwe collega wegwijs maakt."
            ): (
                "An SME has no diversity manager, but the owner-manager does decide directly who "
                "comes in. Write vacancies in plain language, let candidates work alongside the "
                "team for a day instead of selecting on the CV alone, and appoint a mentor who "
                "shows a new colleague the ropes."
            ),
            (
                "Een grote organisatie verankert diversiteit in haar beleid: met streefcijfers, "
                "neutrale selectieprocedures, opleiding voor leidinggevenden en een meldpunt voor "
                "discriminatie. Werk een diversiteitsplan uit in overleg met de ondernemingsraad "
                "en de vakbondsafvaardiging en volg de cijfers op in de sociale rapportering."
            ): (
                "A large organisation embeds diversity in its policy: with targets, neutral "
                "selection procedures, training for managers and a point of contact for reporting "
                "discrimination. Draw up a diversity plan in consultation with the works council "
                "and the union delegation and monitor the figures in the social report."
            ),
        },
    },
    {
        "path": "themas/werkend-leren",
        "title": "Work-based learning",
        "slug": "work-based-learning",
        "strings": {
            (
                "Jongeren leren een beroep het best op de werkvloer. Ondernemingen die leerplekken "
                "aanbieden, investeren in hun toekomstige medewerkers en in de arbeidsmarkt van "
                "hun regio."
            ): (
                "Young people learn a trade best on the shop floor. Companies that offer training "
                "places invest in their future employees and in the labour market of their region."
            ),
            (
                "Werkend leren combineert een opleiding op school of in een centrum met echte "
                "werkervaring in een onderneming. Voor jongeren die op de schoolbanken weinig "
                "gemotiveerd zijn, is het vaak de beste weg naar een kwalificatie en een job. Voor "
                "bedrijven is het een manier om zelf mee te bepalen welke competenties nieuwe "
                "medewerkers meebrengen."
            ): (
                "Work-based learning combines training at school or in a training centre with real "
                "work experience in a company. For young people who have little motivation at "
                "school, it is often the best route to a qualification and a job. For companies, "
                "it is a way to help decide which competences new employees bring with them."
            ),
            "Leren in de onderneming": "Learning in the company",
            (
                "Vlaanderen kent verschillende vormen van werkend leren: deeltijds leren en "
                "werken, de leertijd, stages en alternerende opleidingen. In Duitsland is het "
                "<em>duale systeem</em>, waarbij het grootste deel van de opleiding in het bedrijf "
                "plaatsvindt, de gewone weg naar een beroep. Daar valt veel van te leren."
            ): (
                "Flanders has several forms of work-based learning: part-time learning and "
                "working, apprenticeships, work placements and sandwich courses. In Germany the "
                "<em>dual system</em>, in which most of the training takes place in the company, "
                "is the normal route into a trade. There is a lot to learn from it."
            ),
            (
                "Werkend leren vraagt engagement van de onderneming: een leerplek met echte taken, "
                "een mentor die tijd maakt voor begeleiding en overleg met de school of het "
                "opleidingscentrum."
            ): (
                "Work-based learning requires commitment from the company: a training place with "
                "real tasks, a mentor who makes time for guidance, and consultation with the "
                "school or training centre."
            ),
            "Hoe begint u?": "How do you start?",
            (
                "Bepaal voor welke functies u een leerplek kunt aanbieden en welke taken de "
                "jongere mag uitvoeren."
            ): (
                "Decide for which jobs you can offer a training place and which tasks the young "
                "person may carry out."
            ),
            (
                "Duid een ervaren medewerker aan als mentor en geef hem of haar tijd voor de "
                "begeleiding."
            ): (
                "Appoint an experienced employee as mentor and give him or her time for the "
                "guidance."
            ),
            (
                "Neem contact op met een school, een centrum voor deeltijds onderwijs of de VDAB "
                "om de opleiding op elkaar af te stemmen."
            ): (
                "Contact a school, a part-time education centre or the VDAB to align the training."
            ),
            (
                "Een goede leerplek steunt op duidelijke afspraken: wat leert de jongere op "
                "school, wat in het bedrijf, en hoe volgen school, mentor en jongere samen de "
                "vorderingen op?"
            ): (
                "A good training place rests on clear agreements: what does the young person learn "
                "at school, what in the company, and how do school, mentor and young person follow "
                "progress together?"
            ),
            (
                "In een kmo is de zaakvoerder of een ervaren vakman vaak zelf de mentor. Begin met "
                "één jongere en maak gebruik van de begeleiding die scholen en de VDAB aanbieden. "
                "Veel kleine bedrijven vinden zo hun vaste medewerkers van morgen."
            ): (
                "In an SME, the owner-manager or an experienced craftsman is often the mentor. "
                "Start with one young person and make use of the support that schools and the VDAB "
                "offer. This is how many small companies find their permanent staff of tomorrow."
            ),
            (
                "Een grote organisatie kan een structureel leerplekkenbeleid uitbouwen, met "
                "opgeleide mentoren, vaste samenwerkingsverbanden met scholen en doorstroming naar "
                "vaste contracten. Neem het engagement op in het opleidingsplan en informeer de "
                "ondernemingsraad over het aantal leerplekken en de resultaten."
            ): (
                "A large organisation can build a structural policy for training places, with "
                "trained mentors, standing partnerships with schools and progression to permanent "
                "contracts. Include the commitment in the training plan and inform the works "
                "council about the number of training places and the results."
            ),
        },
    },
    {
        "path": "themas/duurzaamheidsscan-voor-kmos",
        "title": "Sustainability scan for SMEs",
        "slug": "sustainability-scan-for-smes",
        "strings": {
            (
                "Een duurzaamheidsscan toont in korte tijd waar uw kmo staat op het vlak van mens, "
                "milieu en economie, en welke verbeteringen het meest opleveren."
            ): (
                "A sustainability scan shows in a short time where your SME stands on people, the "
                "environment and the economy, and which improvements pay off most."
            ),
            (
                "Veel kleine ondernemingen doen al meer aan maatschappelijk verantwoord ondernemen "
                "dan ze zelf beseffen, maar missen het overzicht. Een duurzaamheidsscan brengt de "
                "sterke punten en de werkpunten van uw bedrijf systematisch in kaart en vormt de "
                "basis voor een duurzaamheidsplan op maat."
            ): (
                "Many small companies already do more for corporate social responsibility than "
                "they realise, but lack an overview. A sustainability scan systematically maps "
                "your company's strengths and weaknesses and forms the basis for a tailor-made "
                "sustainability plan."
            ),
            "Wat meet de scan?": "What does the scan measure?",
            (
                "Een duurzaamheidsscan overloopt de drie dimensies van duurzaam ondernemen: de "
                "mensen (arbeidsomstandigheden, opleiding, overleg), het milieu (energie, afval, "
                "grondstoffen, mobiliteit) en de economische kant (klanten, leveranciers, de band "
                "met de buurt). Met een vragenlijst en een gesprek met de zaakvoerder en enkele "
                "medewerkers ontstaat een helder beeld."
            ): (
                "A sustainability scan goes through the three dimensions of sustainable business: "
                "people (working conditions, training, consultation), the environment (energy, "
                "waste, raw materials, mobility) and the economic side (customers, suppliers, ties "
                "with the neighbourhood). A questionnaire and a conversation with the "
                "owner-manager and a few employees give a clear picture."
            ),
            "Van scan naar plan": "From scan to plan",
            (
                "De scan is geen doel op zich. Op basis van de resultaten kiest u een beperkt "
                "aantal acties, elk met een verantwoordelijke en een timing. Dat "
                "<strong>duurzaamheidsplan</strong> stuurt u na een jaar bij. Wie dat samen met "
                "andere ondernemers doet, leert van hun ervaringen en houdt de vaart erin."
            ): (
                "The scan is not an end in itself. Based on the results you choose a limited "
                "number of actions, each with a person responsible and a timetable. You adjust "
                "this <strong>sustainability plan</strong> after a year. Doing this together with "
                "other entrepreneurs lets you learn from their experience and keeps up the "
                "momentum."
            ),
            (
                "Een scan is het sterkst als hij eerlijk is: benoem wat goed gaat, maar ook wat "
                "beter kan. Betrek de medewerkers bij de bevraging en deel de resultaten met hen."
            ): (
                "A scan is strongest when it is honest: name what is going well, but also what "
                "could be better. Involve employees in the survey and share the results with them."
            ),
            (
                "De scan is op maat van kmo's gemaakt: hij vraagt een halve dag van de zaakvoerder "
                "en levert een rapport op zonder vakjargon. Kies om te beginnen hoogstens drie "
                "acties die u met eigen middelen kunt uitvoeren."
            ): (
                "The scan is made to measure for SMEs: it takes half a day of the owner-manager's "
                "time and produces a report without jargon. To begin with, choose at most three "
                "actions you can carry out with your own resources."
            ),
            (
                "Een grote organisatie kan de scan gebruiken als snelle nulmeting per vestiging of "
                "afdeling, of om toeleveranciers uit de kmo-wereld te ondersteunen. Zo wordt de "
                "scan een instrument in het ketenbeleid en helpt de grote onderneming haar "
                "kleinere partners op weg."
            ): (
                "A large organisation can use the scan as a quick baseline measurement per site or "
                "department, or to support suppliers from the SME world. The scan then becomes a "
                "tool in supply chain policy and helps the large company get its smaller partners "
                "started."
            ),
        },
    },
    {
        "path": "themas/waarden-van-de-ondernemer",
        "title": "The entrepreneur's values",
        "slug": "entrepreneurs-values",
        "strings": {
            (
                "In een kmo begint maatschappelijk verantwoord ondernemen bij de ondernemer zelf: "
                "bij de waarden die hij of zij belangrijk vindt en die het bedrijf elke dag "
                "richting geven."
            ): (
                "In an SME, corporate social responsibility starts with the entrepreneur: with the "
                "values he or she considers important and that guide the business every day."
            ),
            (
                "Waarom bent u ondernemer geworden? Wat vindt u belangrijk in de omgang met uw "
                "klanten, uw medewerkers en uw omgeving? Wie die vragen eerlijk beantwoordt, "
                "ontdekt dat MVO geen modewoord is maar een verlengstuk van de eigen "
                "overtuigingen. De waardenschaal van de ondernemer is zo de basis voor alle andere "
                "MVO-thema's."
            ): (
                "Why did you become an entrepreneur? What matters to you in dealing with your "
                "customers, your employees and your surroundings? Answer those questions honestly "
                "and you will discover that CSR is not a buzzword but an extension of your own "
                "convictions. The entrepreneur's scale of values is thus the basis for all other "
                "CSR themes."
            ),
            "MVO begint van binnenuit": "CSR starts from within",
            (
                "Veel ondernemers handelen al verantwoord zonder het zo te noemen: ze betalen hun "
                "leveranciers op tijd, investeren in het vakmanschap van hun mensen, steunen de "
                "plaatselijke sportclub. Wie die waarden expliciet maakt, krijgt een kompas voor "
                "moeilijke beslissingen en een verhaal dat klanten en medewerkers begrijpen."
            ): (
                "Many entrepreneurs already act responsibly without calling it that: they pay "
                "their suppliers on time, invest in their people's craftsmanship, support the "
                "local sports club. Making those values explicit gives you a compass for difficult "
                "decisions and a story that customers and employees understand."
            ),
            (
                "Een <strong>waardenschaal</strong> helpt daarbij: u rangschikt wat voor u het "
                "zwaarst doorweegt, zoals eerlijkheid, vakmanschap, zorg voor mensen of respect "
                "voor het milieu, en toetst uw dagelijkse werking daaraan."
            ): (
                "A <strong>scale of values</strong> helps: you rank what matters most to you, such "
                "as honesty, craftsmanship, care for people or respect for the environment, and "
                "test your day-to-day operations against it."
            ),
            (
                "Waarden worden pas geloofwaardig als ze zichtbaar zijn in concrete keuzes: hoe u "
                "met een klacht omgaat, wie u aanwerft, bij wie u aankoopt. Schrijf uw "
                "belangrijkste waarden op en bespreek ze met uw medewerkers."
            ): (
                "Values only become credible when they are visible in concrete choices: how you "
                "handle a complaint, whom you hire, whom you buy from. Write down your most "
                "important values and discuss them with your employees."
            ),
            (
                "In een kmo valt de identiteit van het bedrijf grotendeels samen met die van de "
                "ondernemer. De zaakvoerder is hier dus de sleutelfiguur: neem een avond om uw "
                "waarden op papier te zetten en vertaal ze naar een agenda met enkele concrete "
                "acties voor de komende maanden."
            ): (
                "In an SME, the identity of the company largely coincides with that of the "
                "entrepreneur. So the owner-manager is the key figure here: take an evening to put "
                "your values on paper and translate them into an agenda with a few concrete "
                "actions for the coming months."
            ),
            (
                "In een grote organisatie zijn de waarden van de oprichters vaak vertaald in een "
                "missie of gedragscode. De uitdaging is ze levend te houden: met leidinggevenden "
                "die het voorbeeld geven, met dialoog met de medewerkers en hun "
                "vertegenwoordigers, en door beslissingen van het directiecomité uitdrukkelijk aan "
                "de waarden te toetsen."
            ): (
                "In a large organisation, the founders' values have often been translated into a "
                "mission or code of conduct. The challenge is to keep them alive: with managers "
                "who set an example, with dialogue with employees and their representatives, and "
                "by explicitly testing decisions of the executive committee against the values."
            ),
            (
                "MVO was voor mij eerst iets voor de grote bedrijven. Tot ik merkte dat ik het al "
                "twintig jaar deed. Ik had er alleen nooit een naam voor."
            ): (
                "At first I thought CSR was something for big companies. Until I noticed that I "
                "had been doing it for twenty years. I just never had a name for it."
            ),
            "Zaakvoerder van een bouwbedrijf uit het Waasland": (
                "Owner-manager of a construction company in the Waasland region"
            ),
        },
    },
    {
        "path": "themas/internationaal-ondernemen",
        "title": "International business",
        "slug": "international-business",
        "strings": {
            (
                "Wie exporteert, investeert of aankoopt in het buitenland, draagt ook daar "
                "verantwoordelijkheid voor mensenrechten, arbeidsomstandigheden, milieu en eerlijk "
                "zakendoen."
            ): (
                "If you export, invest or buy abroad, you also bear responsibility there for human "
                "rights, working conditions, the environment and fair business practices."
            ),
            (
                "Vlaanderen heeft een open economie: een groot deel van wat we produceren, gaat "
                "naar het buitenland, en veel van wat we aankopen komt van ver. Duurzaam "
                "internationaal ondernemen betekent dat u de normen die u hier vanzelfsprekend "
                "vindt, ook hanteert bij uw partners en vestigingen in het buitenland, met oog "
                "voor de plaatselijke context."
            ): (
                "Flanders has an open economy: a large part of what we produce goes abroad, and "
                "much of what we buy comes from far away. Sustainable international business means "
                "applying the standards you take for granted here to your partners and branches "
                "abroad as well, with an eye for the local context."
            ),
            "Internationale referentiekaders": "International frameworks",
            (
                "Verschillende internationale kaders bieden houvast: de <strong>OESO-richtlijnen "
                "voor multinationale ondernemingen</strong>, de tien principes van het "
                "<strong>Global Compact</strong> van de Verenigde Naties en de kernarbeidsnormen "
                "van de Internationale Arbeidsorganisatie. Ze gaan over mensenrechten, arbeid, "
                "milieu en de strijd tegen corruptie."
            ): (
                "Several international frameworks offer guidance: the <strong>OECD Guidelines for "
                "Multinational Enterprises</strong>, the ten principles of the United Nations "
                "<strong>Global Compact</strong> and the core labour standards of the "
                "International Labour Organization. They cover human rights, labour, the "
                "environment and the fight against corruption."
            ),
            (
                "Ook buitenlandse klanten en investeerders vragen steeds vaker hoe een Vlaamse "
                "leverancier met die thema's omgaat. MVO wordt zo een voorwaarde om mee te dingen, "
                "en soms een troef die het verschil maakt."
            ): (
                "Foreign customers and investors, too, increasingly ask how a Flemish supplier "
                "deals with these themes. CSR is thus becoming a condition for competing, and "
                "sometimes an asset that makes the difference."
            ),
            (
                "Begin bij de landen en partners waar de risico's het grootst zijn. Ken uw "
                "leveranciers en agenten, maak afspraken over arbeidsomstandigheden en "
                "integriteit, en vraag raad aan wie het terrein kent, zoals de Vlaamse economische "
                "vertegenwoordigers in het buitenland."
            ): (
                "Start with the countries and partners where the risks are greatest. Know your "
                "suppliers and agents, make agreements on working conditions and integrity, and "
                "ask advice from those who know the ground, such as the Flemish economic "
                "representatives abroad."
            ),
            (
                "Voor een exporterende kmo volstaat vaak een beperkte set afspraken: een korte "
                "gedragscode voor agenten en verdelers, een duidelijke houding tegenover smeergeld "
                "en de vraag aan leveranciers waar en hoe ze produceren. Peil bij uw eerste "
                "exportstappen ook naar de verwachtingen van uw buitenlandse klant."
            ): (
                "For an exporting SME, a limited set of agreements is often enough: a short code "
                "of conduct for agents and distributors, a clear stance on bribes, and asking "
                "suppliers where and how they produce. When taking your first export steps, also "
                "sound out your foreign customer's expectations."
            ),
            (
                "Een grote onderneming met buitenlandse vestigingen of een wereldwijde "
                "toeleveringsketen heeft een uitgeschreven beleid nodig, met een risicoanalyse per "
                "land, audits bij leveranciers en een klachtenprocedure. Rapporteer over de "
                "toepassing van de OESO-richtlijnen en betrek de werknemersvertegenwoordiging, "
                "bijvoorbeeld via de Europese ondernemingsraad."
            ): (
                "A large company with branches abroad or a global supply chain needs a written "
                "policy, with a risk analysis per country, supplier audits and a complaints "
                "procedure. Report on the application of the OECD Guidelines and involve employee "
                "representatives, for example through the European works council."
            ),
        },
    },
    {
        "path": "themas/duurzaam-veranderen",
        "title": "Sustainable change",
        "slug": "sustainable-change",
        "strings": {
            (
                "Organisaties veranderen voortdurend. Duurzaam veranderen betekent dat u de "
                "medewerkers meeneemt, zodat de organisatie er sterker uitkomt in plaats van "
                "uitgeput."
            ): (
                "Organisations change all the time. Sustainable change means taking your employees "
                "along, so that the organisation comes out stronger instead of exhausted."
            ),
            (
                "Nieuwe klanten, nieuwe technologie, reorganisaties, fusies: veranderen is voor "
                "elke organisatie dagelijkse kost. Te vaak wordt verandering van bovenaf opgelegd "
                "en haakt een deel van de medewerkers af. Duurzaam veranderen zoekt een aanpak die "
                "de betrokkenheid van medewerkers versterkt, het kritische denken in de "
                "organisatie bewaart en het veranderingsvermogen op lange termijn vergroot."
            ): (
                "New customers, new technology, reorganisations, mergers: change is everyday "
                "business for every organisation. Too often change is imposed from above and some "
                "employees drop out. Sustainable change looks for an approach that strengthens "
                "employees' engagement, preserves critical thinking in the organisation and "
                "increases its capacity for change in the long term."
            ),
            "Drie vragen die telkens terugkomen": "Three questions that keep coming back",
            "In gesprekken met tientallen ondernemingen duiken steeds dezelfde uitdagingen op:": (
                "In conversations with dozens of companies, the same challenges keep coming up:"
            ),
            "Hoe krijgen we medewerkers klantgericht en vraaggestuurd aan het werk?": (
                "How do we get employees to work in a customer-oriented, demand-driven way?"
            ),
            "Welke rol speelt de HR-manager in een organisatie die verandert?": (
                "What role does the HR manager play in an organisation that is changing?"
            ),
            (
                "Hoe creëren we betrokkenheid, zonder dat de zelfkritische massa in de organisatie "
                "verdwijnt?"
            ): (
                "How do we create engagement without losing the self-critical mass in the "
                "organisation?"
            ),
            (
                "Verandering wordt duurzaam als mensen begrijpen waarom ze nodig is, mee kunnen "
                "denken over het hoe en de ruimte krijgen om te leren. Kritische stemmen zijn "
                "daarbij geen hinderpaal maar een bron van informatie: ze tonen waar de plannen "
                "wringen met de praktijk."
            ): (
                "Change becomes sustainable when people understand why it is needed, can help "
                "think about how, and are given room to learn. Critical voices are not an obstacle "
                "but a source of information: they show where the plans clash with practice."
            ),
            (
                "Leer van organisaties die voor gelijkaardige uitdagingen staan. Bezoek elkaars "
                "werkvloer, wissel ervaringen uit en durf ook de mislukkingen te bespreken."
            ): (
                "Learn from organisations facing similar challenges. Visit each other's "
                "workplaces, exchange experiences and dare to discuss failures too."
            ),
            (
                "In een kmo zijn de lijnen kort en kan de zaakvoerder een verandering rechtstreeks "
                "met de medewerkers bespreken. Dat is een troef, maar ook een valkuil: wie alles "
                "zelf beslist, mist de ideeën en bedenkingen van zijn mensen. Plan daarom vaste "
                "momenten waarop medewerkers hun mening kwijt kunnen."
            ): (
                "In an SME the lines are short and the owner-manager can discuss a change directly "
                "with the staff. That is an asset, but also a pitfall: if you decide everything "
                "yourself, you miss the ideas and reservations of your people. So plan fixed "
                "moments when employees can have their say."
            ),
            (
                "In een grote organisatie moet een verandering door verschillende lagen heen. De "
                "HR-manager speelt een sleutelrol, als partner van de directie en als bewaker van "
                "het sociaal overleg. Betrek de ondernemingsraad vroeg, investeer in "
                "leidinggevenden die verandering kunnen begeleiden en meet de betrokkenheid van de "
                "medewerkers op geregelde tijdstippen."
            ): (
                "In a large organisation, a change has to pass through several layers. The HR "
                "manager plays a key role, as a partner of management and as guardian of social "
                "dialogue. Involve the works council early, invest in managers who can guide "
                "change and measure employee engagement at regular intervals."
            ),
            (
                "Toen we onze kritische medewerkers mee aan tafel vroegen in plaats van ze te "
                "omzeilen, kwam de reorganisatie trager op gang. Maar daarna liep ze veel vlotter."
            ): (
                "When we invited our critical employees to the table instead of going around them, "
                "the reorganisation got off to a slower start. But after that it ran much more "
                "smoothly."
            ),
            "HR-manager van een dienstverlenende organisatie": (
                "HR manager of a service organisation"
            ),
        },
    },
    {
        "path": (
            "netwerken/duurzaam-internationaal-ondernemen/vlaamse-economische-diplomatieke-dagen"
        ),
        "title": "Flemish Economic Diplomatic Days",
        "slug": "flemish-economic-diplomatic-days",
        "strings": {
            (
                "Vliegende start van het lerend netwerk Duurzaam Internationaal Ondernemen, met "
                "een nulmeting MVO bij alle aanwezige Vlaamse economische vertegenwoordigers."
            ): (
                "Flying start of the Sustainable International Business learning network, with a "
                "CSR baseline test for all Flemish economic representatives present."
            ),
            "Brussel": "Brussels",
            (
                "Twee dagen lang komen de Vlaamse economische vertegenwoordigers (VLEV'ers) van "
                "Flanders Investment &amp; Trade samen in Brussel. Het lerend netwerk Duurzaam "
                "Internationaal Ondernemen maakt er zijn start."
            ): (
                "For two days the Flemish economic representatives (VLEV'ers) of Flanders "
                "Investment &amp; Trade meet in Brussels. The Sustainable International Business "
                "learning network makes its start there."
            ),
            (
                "Het netwerk stelt zijn aanpak voor en vraagt alle aanwezige VLEV'ers om een korte "
                "toets over MVO in te vullen. Die <strong>nulmeting</strong> toont waar de "
                "economische vertegenwoordigers vandaag staan en vormt het vertrekpunt voor de "
                "sensibilisering van de FIT-medewerkers."
            ): (
                "The network presents its approach and asks all VLEV'ers present to complete a "
                "short test on CSR. This <strong>baseline measurement</strong> shows where the "
                "economic representatives stand today and is the starting point for raising "
                "awareness among FIT staff."
            ),
        },
    },
    {
        "path": "netwerken/diamond/studiedag-competenties",
        "title": "Study day on competences",
        "slug": "study-day-competences",
        "strings": {
            (
                "Studiedag van DIAMOND over competentiemanagement: kansen en aandachtspunten voor "
                "werknemers en hun vertegenwoordigers."
            ): (
                "DIAMOND study day on competence management: opportunities and points of attention "
                "for employees and their representatives."
            ),
            (
                "De module competenties van DIAMOND mondt uit in een studiedag voor "
                "werknemersvertegenwoordigers."
            ): (
                "DIAMOND's competences module culminates in a study day for employee "
                "representatives."
            ),
            (
                "Wat mogen werknemers verwachten van competentiemanagement, en waar is "
                "waakzaamheid geboden? Sprekers uit onderzoek en praktijk belichten "
                "functieprofielen, ontwikkelingsgesprekken en opleidingsplannen. In workshops "
                "wisselen afgevaardigden ervaringen uit over de invoering van competentiebeleid in "
                "hun onderneming."
            ): (
                "What can employees expect from competence management, and where is vigilance "
                "needed? Speakers from research and practice shed light on job profiles, "
                "development interviews and training plans. In workshops, representatives exchange "
                "experiences of introducing competence policy in their company."
            ),
            (
                "Inschrijven is nodig. Zoals het Europees Sociaal Fonds vraagt, worden alle "
                "aanwezigen geregistreerd."
            ): (
                "Registration is required. As the European Social Fund requires, all attendees are "
                "registered."
            ),
        },
    },
    {
        "path": "netwerken/mainstreamteam/uitreiking-scriptieprijs-ei-van-mvo",
        "title": "Award of the thesis prize 'het EI van MVO'",
        "slug": "thesis-prize-award",
        "strings": {
            (
                "Uitreiking van de scriptieprijs 'het EI van MVO' voor laatstejaarsstudenten, in "
                "samenwerking met het Netwerk voor Zakenethiek."
            ): (
                "Award of the thesis prize 'het EI van MVO' for final-year students, in "
                "cooperation with the Network for Business Ethics (Netwerk voor Zakenethiek)."
            ),
            (
                "De jury maakt de laureaten bekend van de scriptieprijs 'het EI van MVO'. De "
                "winnende studenten stellen hun werk kort voor."
            ): (
                "The jury announces the winners of the thesis prize 'het EI van MVO'. The winning "
                "students briefly present their work."
            ),
            (
                "Het mainstreamteam MVO en het Netwerk voor Zakenethiek reiken de prijs uit aan "
                "laatstejaarsstudenten die in hun scriptie een thema rond maatschappelijk "
                "verantwoord ondernemen uitdiepten. Na de uitreiking volgt een receptie."
            ): (
                "The CSR mainstream team and the Netwerk voor Zakenethiek present the prize to "
                "final-year students who explored a corporate social responsibility theme in their "
                "thesis. The award is followed by a reception."
            ),
        },
    },
    {
        "path": "netwerken/mainstreamteam/roadshow-ministers-internationaal-ondernemen",
        "title": "Roadshow with the ministers: international business",
        "slug": "ministers-roadshow-international-business",
        "strings": {
            (
                "Halte van de roadshow met de ministers rond het thema internationaal ondernemen, "
                "met de resultaten van het lerend netwerk Duurzaam Internationaal Ondernemen."
            ): (
                "Stop of the roadshow with the ministers on the theme of international business, "
                "with the results of the Sustainable International Business learning network."
            ),
            (
                "De roadshow met de ministers brengt elke maand een thema van de lerende netwerken "
                "onder de aandacht. Deze halte staat in het teken van internationaal ondernemen; "
                "de inhoud komt van het lerend netwerk Duurzaam Internationaal Ondernemen."
            ): (
                "Every month the roadshow with the ministers highlights a theme of the learning "
                "networks. This stop is devoted to international business; the content comes from "
                "the Sustainable International Business learning network."
            ),
            (
                "Aan de hand van business cases toont Duurzaam Internationaal Ondernemen hoe "
                "Vlaamse exporteurs MVO toepassen in het buitenland, en wat de Vlaamse economische "
                "vertegenwoordigers daarbij kunnen betekenen."
            ): (
                "Using business cases, Sustainable International Business shows how Flemish "
                "exporters apply CSR abroad, and what the Flemish economic representatives can "
                "contribute."
            ),
            (
                "Het mainstreamteam MVO en de pers zijn op elke halte aanwezig. Ondernemers, "
                "werknemersvertegenwoordigers en beleidsmakers krijgen er praktijkvoorbeelden, "
                "getuigenissen en de eerste resultaten van het netwerk te zien."
            ): (
                "The CSR mainstream team and the press attend every stop. Entrepreneurs, employee "
                "representatives and policy makers see practical examples, testimonials and the "
                "network's first results."
            ),
        },
    },
    {
        "path": "agenda/conferentie-met-mvo-inbreng",
        "title": "Conference with a CSR contribution",
        "slug": "conference-with-csr-contribution",
        "strings": {
            (
                "Conferentie van het kabinet van Vlaams minister Moerman waarop ook "
                "maatschappelijk verantwoord ondernemen aan bod komt, met inbreng van de lerende "
                "netwerken."
            ): (
                "Conference organised by the office of Flemish minister Moerman at which corporate "
                "social responsibility is also discussed, with input from the learning networks."
            ),
            (
                "Op deze conferentie brengen de lerende netwerken en het DKC MVO hun ervaringen "
                "in, binnen de gezamenlijke beleidslijn van de Vlaamse regering."
            ): (
                "At this conference the learning networks and the DKC MVO contribute their "
                "experience, within the joint policy line of the Flemish government."
            ),
            (
                "De inbreng van MVO is voorbereid in overleg tussen het kabinet Moerman, de andere "
                "betrokken kabinetten en het mainstreamteam. De lerende netwerken tonen er "
                "concrete resultaten uit hun thema's."
            ): (
                "The CSR contribution has been prepared in consultation between minister Moerman's "
                "office, the other ministerial offices involved and the mainstream team. The "
                "learning networks present concrete results from their themes."
            ),
        },
    },
]

# After the translations are made, this Dutch theme gets one more sentence and is published
# again, so its English translation is out of date (as a real editor's change would make it).
OUTDATED: dict[str, str] = {
    "path": "themas/klimaatbeleid",
    "intro_addition": (
        "Nieuw: het lerend netwerk DIAMOND maakte een brochure over het Kyotoprotocol voor "
        "werknemersvertegenwoordigers, die u gratis bij het netwerk kunt aanvragen."
    ),
}
