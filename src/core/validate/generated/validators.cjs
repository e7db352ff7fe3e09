// Generated from schema/*.schema.json by `npm run gen:validators`. Do not edit.
"use strict";
exports.journey = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://parcours.dev/schema/journey.schema.json","title":"Journey","description":"A customer journey map: the stages, steps and touchpoints one kind of customer lives with the company, seen from the customer's side. One file per journey, journeys/<id>.yaml.","type":"object","additionalProperties":false,"required":["id","title","stages"],"properties":{"id":{"title":"Journey id","description":"Permanent identifier of the journey: lowercase letters, digits and hyphens. It must equal the file name without its extension, and is used in URLs and references.","$ref":"#/$defs/slug","examples":["commande-livraison","adhesion-mutuelle"]},"title":{"title":"Title","description":"The journey's name as stakeholders read it, in the customer's words.","type":"string","minLength":1,"examples":["Commander en ligne et se faire livrer"]},"summary":{"title":"Summary","description":"What this map covers and why it exists, in Markdown (raw HTML is shown as text).","type":"string","examples":["Du premier besoin jusqu'au retour éventuel d'un article commandé sur le site."]},"personas":{"title":"Personas","description":"Ids of the personas (personas/<id>.yaml) who live this journey. Each gets an emotion curve.","type":"array","items":{"$ref":"#/$defs/slug"},"uniqueItems":true,"examples":[["claire-connectee","marcel-eloigne"]]},"owner":{"title":"Owner","description":"Who keeps this map true: a person or a team that reviews it and answers for it.","type":"string","minLength":1,"examples":["Équipe Expérience client e-commerce"]},"lastReviewed":{"title":"Last reviewed","description":"Date (YYYY-MM-DD) the owner last checked the map against reality. Maps older than the configured review age are flagged.","type":"string","format":"date","examples":["2026-09-15"]},"tags":{"title":"Tags","description":"Free labels to group and filter journeys on the site.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["e-commerce","livraison"]]},"state":{"title":"State","description":"`current` (as-is) describes today's journey; `target` (to-be) the journey a transformation aims for.","enum":["current","target"],"default":"current","examples":["current"]},"targetOf":{"title":"Target of","description":"For a `target` map: the id of the `current` journey it redesigns, so the site can compare both.","$ref":"#/$defs/slug","examples":["service-client-telecom"]},"stages":{"title":"Stages","description":"The phases of the journey in the order the customer lives them.","type":"array","minItems":1,"items":{"$ref":"#/$defs/stage"},"examples":[[{"id":"decouverte","name":"Découverte","steps":[{"id":"voir-publicite","name":"Voit une publicité"}]}]]}},"$defs":{"slug":{"title":"Id","description":"Lowercase letters, digits and single hyphens, starting with a letter or digit.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100,"examples":["retour-article"]},"stage":{"title":"Stage","description":"A phase of the journey (discovery, purchase, after-sales...), holding its steps.","type":"object","additionalProperties":false,"required":["id","name","steps"],"properties":{"id":{"title":"Stage id","description":"Identifier of the stage, unique within the journey.","$ref":"#/$defs/slug","examples":["achat"]},"name":{"title":"Name","description":"The stage's name as shown on the map.","type":"string","minLength":1,"examples":["Achat"]},"description":{"title":"Description","description":"What happens in this stage, from the customer's side.","type":"string","examples":["Le client choisit, paie et reçoit la confirmation de sa commande."]},"expectations":{"title":"Expectations","description":"What the customer expects at this stage, in their words: a sentence, or `{ text, hypothesis: true }` for an expectation the team assumes and has not verified yet.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/hypothesisText"}]},"examples":[["Connaître le délai exact avant de payer",{"text":"Pouvoir payer en trois fois","hypothesis":true}]]},"experience":{"title":"Desired experience","description":"The experience the company wants the customer to have here: reassuring, fun, inspiring, educational, effortless...","type":"string","examples":["rassurante","sans effort"]},"steps":{"title":"Steps","description":"The steps of this stage, in order.","type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"examples":[[{"id":"payer","name":"Paie sa commande","touchpoints":["web"],"emotion":1}]]}}},"step":{"title":"Step","description":"One thing the customer does, through one or more touchpoints, with what they think and feel.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"title":"Step id","description":"Identifier of the step, unique within the whole journey. The site anchors the step as #step-<id>.","$ref":"#/$defs/slug","examples":["suivre-colis"]},"name":{"title":"Name","description":"What the customer does, as a short sentence.","type":"string","minLength":1,"examples":["Suit son colis"]},"description":{"title":"Description","description":"More detail on what the customer does at this step.","type":"string","examples":["Le client ouvre le lien de suivi reçu par SMS."]},"touchpoints":{"title":"Touchpoints","description":"Where the step happens: a channel id (shorthand) or a touchpoint object.","type":"array","items":{"anyOf":[{"$ref":"#/$defs/channelId"},{"$ref":"#/$defs/touchpoint"}]},"examples":[["web",{"channel":"social","name":"Avis clients","owned":false}]]},"emotion":{"title":"Emotion","description":"How the customer feels, on the emotion scale (default -3 to 3): one number for every persona of the journey, or a map giving each persona its own value, where null marks a persona who takes no part in this step.","anyOf":[{"type":"number"},{"type":"object","propertyNames":{"$ref":"#/$defs/slug"},"additionalProperties":{"type":["number","null"]},"minProperties":1}],"examples":[2,{"claire-connectee":2,"marcel-eloigne":-2,"ines-acheteuse":null}]},"thoughts":{"title":"Thoughts","description":"What the customer thinks at this step, in their own words.","type":"array","items":{"$ref":"#/$defs/statement"},"examples":[["Est-ce que je serai là quand le livreur passera ?"]]},"painPoints":{"title":"Pain points","description":"What irritates or blocks the customer here.","type":"array","items":{"$ref":"#/$defs/statement"},"examples":[[{"text":"Le créneau de livraison n'est pas modifiable","evidence":{"source":"Verbatims SAV septembre","kind":"support"}}]]},"opportunities":{"title":"Opportunities","description":"Ideas to improve this step: a sentence, or an object with impact, effort, status and owner.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/opportunity"}]},"examples":[[{"title":"Permettre de changer de créneau par SMS","impact":"high","effort":"medium","status":"planned"}]]},"momentOfTruth":{"title":"Moment of truth","description":"Marks a step where the customer forms a lasting opinion of the brand: `true`, a sentence saying why, or `{ text, hypothesis: true }` when the team assumes it is one and has not verified it yet.","anyOf":[{"type":"boolean"},{"type":"string"},{"$ref":"#/$defs/hypothesisText"}],"examples":[true,"La première facture décide de la confiance.",{"text":"Le premier appel au support décide de la confiance.","hypothesis":true}]},"metrics":{"title":"Metrics","description":"Measured figures of the step: satisfaction, effort, volumes, conversion.","$ref":"#/$defs/metrics","examples":[{"csat":78,"volume":45000,"dropOff":12}]},"backstage":{"title":"Backstage","description":"What the company does behind the scenes for this step: front, middle and back office, and systems such as the CRM or billing.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/backstageItem"}]},"examples":[[{"text":"Création du ticket","team":"Service client","system":"CRM"}]]},"evidence":{"title":"Step evidence","description":"Where the claims of this step (emotion, pain points) come from.","type":"array","items":{"$ref":"#/$defs/evidence"},"examples":[[{"source":"Entretiens clients, juin 2026","kind":"interview"}]]},"attachments":{"title":"Attachments","description":"Screenshots, recordings or documents that show the step.","type":"array","items":{"$ref":"#/$defs/attachment"},"examples":[[{"title":"Page de suivi","href":"attachments/suivi.png","kind":"image"}]]},"subJourney":{"title":"Sub-journey","description":"Id of another journey that details this step.","$ref":"#/$defs/slug","examples":["retour-article"]},"events":{"title":"Observed events","description":"The events of the logs under data/events/ that show a customer at this step: event names, or patterns where * matches any run of characters (web:/compte/* matches every page under /compte/). Two steps of one journey may not match the same event; an event may match steps of several journeys. `parcours events` and the journey page lay the paths observed in the logs over the map.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["web:/compte/formulaire*","crm:justificatif_recu"]]}}},"channelId":{"title":"Channel id","description":"A channel of the built-in catalogue (web, mobile-app, email, sms, phone, ivr, chat, chatbot, social, store, mail, in-person, video) or one added in parcours.config.yaml.","$ref":"#/$defs/slug","examples":["web","phone"]},"touchpoint":{"title":"Touchpoint","description":"A point of contact on a channel.","type":"object","additionalProperties":false,"required":["channel"],"properties":{"channel":{"title":"Channel","description":"Id of the channel this touchpoint is on.","$ref":"#/$defs/channelId","examples":["email"]},"name":{"title":"Name","description":"What the touchpoint is, as the customer knows it.","type":"string","minLength":1,"examples":["E-mail de confirmation"]},"owned":{"title":"Owned","description":"false marks a touchpoint the company does not control, such as reviews on social media.","type":"boolean","default":true,"examples":[false]},"description":{"title":"Description","description":"More detail on the touchpoint.","type":"string","examples":["Envoyé dans la minute qui suit le paiement."]}}},"statement":{"title":"Statement","description":"A sentence, or an object with the sentence and where it comes from.","anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"The sentence, in the customer's words.","type":"string","minLength":1,"examples":["Je ne sais pas si mon dossier est complet."]},"evidence":{"title":"Statement evidence","description":"Where this comes from: one source or a list of sources.","anyOf":[{"$ref":"#/$defs/evidence"},{"type":"array","items":{"$ref":"#/$defs/evidence"}}],"examples":[{"source":"Enquête à chaud","kind":"survey"}]},"hypothesis":{"title":"Hypothesis","description":"true marks an assumption the team has not verified yet (from a workshop, not from research): the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).","type":"boolean","default":false,"examples":[true]}}}],"examples":["C'est long.",{"text":"C'est long.","evidence":{"source":"Enquête à chaud","kind":"survey"}},{"text":"Le client ne lit pas l'e-mail de confirmation.","hypothesis":true}]},"hypothesisText":{"title":"Sentence that may be a hypothesis","description":"A sentence, and whether it is an assumption the team has not verified yet (an expectation, the reason for a moment of truth).","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"The sentence.","type":"string","minLength":1,"examples":["Pouvoir payer en trois fois"]},"hypothesis":{"title":"Hypothesis","description":"true marks an assumption the team has not verified yet: the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).","type":"boolean","default":false,"examples":[true]}},"examples":[{"text":"Pouvoir payer en trois fois","hypothesis":true}]},"opportunity":{"title":"Opportunity","description":"An improvement idea, prioritised by its impact on the experience and the effort it takes.","type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"title":"Title","description":"The improvement, as a short sentence.","type":"string","minLength":1,"examples":["Rappeler le client au lieu de le faire attendre"]},"description":{"title":"Description","description":"What the improvement is and what it changes for the customer.","type":"string","examples":["Proposer un rappel dans l'heure dès 2 minutes d'attente."]},"impact":{"title":"Impact","description":"Expected impact on the customer's experience.","$ref":"#/$defs/level","examples":["high"]},"effort":{"title":"Effort","description":"Effort the company needs to deliver it.","$ref":"#/$defs/level","examples":["low"]},"status":{"title":"Status","description":"Where the improvement stands.","enum":["idea","planned","in-progress","done"],"default":"idea","examples":["planned"]},"owner":{"title":"Owner","description":"Who carries the improvement.","type":"string","minLength":1,"examples":["Équipe Relation client"]},"link":{"title":"Delivery link","description":"The http(s) address of the issue, epic or ticket that carries the work, so a reader goes from the map to where it is delivered. Other schemes (javascript:, data:...) are refused.","$ref":"#/$defs/href","examples":["https://tickets.example.com/browse/CX-142"]}}},"level":{"title":"Level","description":"low, medium or high.","enum":["low","medium","high"],"examples":["medium"]},"metrics":{"title":"Metrics","description":"Measured figures of the step.","type":"object","additionalProperties":false,"properties":{"csat":{"title":"CSAT","description":"Customer satisfaction: share of satisfied customers, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[82]},"nps":{"title":"NPS","description":"Net Promoter Score, from -100 to 100.","type":"number","minimum":-100,"maximum":100,"examples":[12]},"ces":{"title":"CES","description":"Customer Effort Score, from 1 (very easy) to 7 (very hard).","type":"number","minimum":1,"maximum":7,"examples":[3.4]},"volume":{"title":"Volume","description":"Contacts per month at this step; with each channel's cost per contact it gives the cost to serve.","type":"number","minimum":0,"examples":[120000]},"conversion":{"title":"Conversion","description":"Share of customers who go on to the next step, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[64]},"dropOff":{"title":"Drop-off","description":"Share of customers who abandon at this step, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[18]},"duration":{"title":"Duration","description":"Typical time the step takes the customer, in minutes.","type":"number","minimum":0,"examples":[7.5]}},"examples":[{"csat":78,"volume":45000,"dropOff":12}]},"backstageItem":{"title":"Backstage action","description":"An action behind the scenes, with the team and system that carry it.","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"What is done.","type":"string","minLength":1,"examples":["Vérification de l'adresse"]},"team":{"title":"Team","description":"Who does it: front, middle or back office team.","type":"string","examples":["Back office logistique"]},"system":{"title":"System","description":"The system involved (CRM, billing, order management...).","type":"string","examples":["CRM"]}}},"evidence":{"title":"Evidence","description":"A source backing a claim.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"title":"Source","description":"What the evidence is, so a reader can find it.","type":"string","minLength":1,"examples":["12 entretiens clients, mai 2026"]},"kind":{"title":"Kind","description":"The kind of source.","enum":["interview","survey","analytics","support","observation","other"],"examples":["interview"]},"href":{"title":"Link","description":"Where to read it: an http(s) or mailto link, or a path in the project.","$ref":"#/$defs/href","examples":["https://intranet.example.com/etudes/entretiens-2026"]},"date":{"title":"Collected on","description":"When the evidence was collected (YYYY-MM-DD).","type":"string","format":"date","examples":["2026-05-20"]}}},"attachment":{"title":"Attachment","description":"A file or link illustrating a step.","type":"object","additionalProperties":false,"required":["title","href"],"properties":{"title":{"title":"Title","description":"What the attachment shows.","type":"string","minLength":1,"examples":["Capture de l'écran de paiement"]},"href":{"title":"Link","description":"An http(s) or mailto link, or a path in the project.","$ref":"#/$defs/href","examples":["attachments/paiement.png"]},"kind":{"title":"Kind","description":"The kind of attachment.","enum":["image","video","audio","document","link"],"examples":["image"]},"transcript":{"title":"Transcript","description":"What is said or shown in an audio or video recording, in Markdown: shown beside the player and indexed by search, so readers who cannot or do not play it get its content.","type":"string","minLength":1,"examples":["**Conseiller** : Bonjour, que puis-je faire pour vous ?\n\n**Cliente** : J'attends depuis vingt minutes..."]}}},"href":{"title":"Link","description":"An http(s) or mailto address, or a path relative to the published site's root (files under public/, such as images/capture.png). Other schemes (javascript:, data:...) are refused.","type":"string","minLength":1,"examples":["https://example.com/etude.pdf"]}}};
const schema32 = {"title":"Id","description":"Lowercase letters, digits and single hyphens, starting with a letter or digit.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100,"examples":["retour-article"]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema35 = {"title":"Stage","description":"A phase of the journey (discovery, purchase, after-sales...), holding its steps.","type":"object","additionalProperties":false,"required":["id","name","steps"],"properties":{"id":{"title":"Stage id","description":"Identifier of the stage, unique within the journey.","$ref":"#/$defs/slug","examples":["achat"]},"name":{"title":"Name","description":"The stage's name as shown on the map.","type":"string","minLength":1,"examples":["Achat"]},"description":{"title":"Description","description":"What happens in this stage, from the customer's side.","type":"string","examples":["Le client choisit, paie et reçoit la confirmation de sa commande."]},"expectations":{"title":"Expectations","description":"What the customer expects at this stage, in their words: a sentence, or `{ text, hypothesis: true }` for an expectation the team assumes and has not verified yet.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/hypothesisText"}]},"examples":[["Connaître le délai exact avant de payer",{"text":"Pouvoir payer en trois fois","hypothesis":true}]]},"experience":{"title":"Desired experience","description":"The experience the company wants the customer to have here: reassuring, fun, inspiring, educational, effortless...","type":"string","examples":["rassurante","sans effort"]},"steps":{"title":"Steps","description":"The steps of this stage, in order.","type":"array","minItems":1,"items":{"$ref":"#/$defs/step"},"examples":[[{"id":"payer","name":"Paie sa commande","touchpoints":["web"],"emotion":1}]]}}};
const schema37 = {"title":"Sentence that may be a hypothesis","description":"A sentence, and whether it is an assumption the team has not verified yet (an expectation, the reason for a moment of truth).","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"The sentence.","type":"string","minLength":1,"examples":["Pouvoir payer en trois fois"]},"hypothesis":{"title":"Hypothesis","description":"true marks an assumption the team has not verified yet: the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).","type":"boolean","default":false,"examples":[true]}},"examples":[{"text":"Pouvoir payer en trois fois","hypothesis":true}]};
const schema38 = {"title":"Step","description":"One thing the customer does, through one or more touchpoints, with what they think and feel.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"title":"Step id","description":"Identifier of the step, unique within the whole journey. The site anchors the step as #step-<id>.","$ref":"#/$defs/slug","examples":["suivre-colis"]},"name":{"title":"Name","description":"What the customer does, as a short sentence.","type":"string","minLength":1,"examples":["Suit son colis"]},"description":{"title":"Description","description":"More detail on what the customer does at this step.","type":"string","examples":["Le client ouvre le lien de suivi reçu par SMS."]},"touchpoints":{"title":"Touchpoints","description":"Where the step happens: a channel id (shorthand) or a touchpoint object.","type":"array","items":{"anyOf":[{"$ref":"#/$defs/channelId"},{"$ref":"#/$defs/touchpoint"}]},"examples":[["web",{"channel":"social","name":"Avis clients","owned":false}]]},"emotion":{"title":"Emotion","description":"How the customer feels, on the emotion scale (default -3 to 3): one number for every persona of the journey, or a map giving each persona its own value, where null marks a persona who takes no part in this step.","anyOf":[{"type":"number"},{"type":"object","propertyNames":{"$ref":"#/$defs/slug"},"additionalProperties":{"type":["number","null"]},"minProperties":1}],"examples":[2,{"claire-connectee":2,"marcel-eloigne":-2,"ines-acheteuse":null}]},"thoughts":{"title":"Thoughts","description":"What the customer thinks at this step, in their own words.","type":"array","items":{"$ref":"#/$defs/statement"},"examples":[["Est-ce que je serai là quand le livreur passera ?"]]},"painPoints":{"title":"Pain points","description":"What irritates or blocks the customer here.","type":"array","items":{"$ref":"#/$defs/statement"},"examples":[[{"text":"Le créneau de livraison n'est pas modifiable","evidence":{"source":"Verbatims SAV septembre","kind":"support"}}]]},"opportunities":{"title":"Opportunities","description":"Ideas to improve this step: a sentence, or an object with impact, effort, status and owner.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/opportunity"}]},"examples":[[{"title":"Permettre de changer de créneau par SMS","impact":"high","effort":"medium","status":"planned"}]]},"momentOfTruth":{"title":"Moment of truth","description":"Marks a step where the customer forms a lasting opinion of the brand: `true`, a sentence saying why, or `{ text, hypothesis: true }` when the team assumes it is one and has not verified it yet.","anyOf":[{"type":"boolean"},{"type":"string"},{"$ref":"#/$defs/hypothesisText"}],"examples":[true,"La première facture décide de la confiance.",{"text":"Le premier appel au support décide de la confiance.","hypothesis":true}]},"metrics":{"title":"Metrics","description":"Measured figures of the step: satisfaction, effort, volumes, conversion.","$ref":"#/$defs/metrics","examples":[{"csat":78,"volume":45000,"dropOff":12}]},"backstage":{"title":"Backstage","description":"What the company does behind the scenes for this step: front, middle and back office, and systems such as the CRM or billing.","type":"array","items":{"anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/backstageItem"}]},"examples":[[{"text":"Création du ticket","team":"Service client","system":"CRM"}]]},"evidence":{"title":"Step evidence","description":"Where the claims of this step (emotion, pain points) come from.","type":"array","items":{"$ref":"#/$defs/evidence"},"examples":[[{"source":"Entretiens clients, juin 2026","kind":"interview"}]]},"attachments":{"title":"Attachments","description":"Screenshots, recordings or documents that show the step.","type":"array","items":{"$ref":"#/$defs/attachment"},"examples":[[{"title":"Page de suivi","href":"attachments/suivi.png","kind":"image"}]]},"subJourney":{"title":"Sub-journey","description":"Id of another journey that details this step.","$ref":"#/$defs/slug","examples":["retour-article"]},"events":{"title":"Observed events","description":"The events of the logs under data/events/ that show a customer at this step: event names, or patterns where * matches any run of characters (web:/compte/* matches every page under /compte/). Two steps of one journey may not match the same event; an event may match steps of several journeys. `parcours events` and the journey page lay the paths observed in the logs over the map.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["web:/compte/formulaire*","crm:justificatif_recu"]]}}};
const schema52 = {"title":"Metrics","description":"Measured figures of the step.","type":"object","additionalProperties":false,"properties":{"csat":{"title":"CSAT","description":"Customer satisfaction: share of satisfied customers, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[82]},"nps":{"title":"NPS","description":"Net Promoter Score, from -100 to 100.","type":"number","minimum":-100,"maximum":100,"examples":[12]},"ces":{"title":"CES","description":"Customer Effort Score, from 1 (very easy) to 7 (very hard).","type":"number","minimum":1,"maximum":7,"examples":[3.4]},"volume":{"title":"Volume","description":"Contacts per month at this step; with each channel's cost per contact it gives the cost to serve.","type":"number","minimum":0,"examples":[120000]},"conversion":{"title":"Conversion","description":"Share of customers who go on to the next step, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[64]},"dropOff":{"title":"Drop-off","description":"Share of customers who abandon at this step, in percent (0 to 100).","type":"number","minimum":0,"maximum":100,"examples":[18]},"duration":{"title":"Duration","description":"Typical time the step takes the customer, in minutes.","type":"number","minimum":0,"examples":[7.5]}},"examples":[{"csat":78,"volume":45000,"dropOff":12}]};
const schema53 = {"title":"Backstage action","description":"An action behind the scenes, with the team and system that carry it.","type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"What is done.","type":"string","minLength":1,"examples":["Vérification de l'adresse"]},"team":{"title":"Team","description":"Who does it: front, middle or back office team.","type":"string","examples":["Back office logistique"]},"system":{"title":"System","description":"The system involved (CRM, billing, order management...).","type":"string","examples":["CRM"]}}};
const schema41 = {"title":"Touchpoint","description":"A point of contact on a channel.","type":"object","additionalProperties":false,"required":["channel"],"properties":{"channel":{"title":"Channel","description":"Id of the channel this touchpoint is on.","$ref":"#/$defs/channelId","examples":["email"]},"name":{"title":"Name","description":"What the touchpoint is, as the customer knows it.","type":"string","minLength":1,"examples":["E-mail de confirmation"]},"owned":{"title":"Owned","description":"false marks a touchpoint the company does not control, such as reviews on social media.","type":"boolean","default":true,"examples":[false]},"description":{"title":"Description","description":"More detail on the touchpoint.","type":"string","examples":["Envoyé dans la minute qui suit le paiement."]}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.channel === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "channel") || (key0 === "name")) || (key0 === "owned")) || (key0 === "description"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.channel !== undefined){
let data0 = data.channel;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err2 = {instancePath:instancePath+"/channel",schemaPath:"#/$defs/channelId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/channel",schemaPath:"#/$defs/channelId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/channel",schemaPath:"#/$defs/channelId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.name.type,parentSchema:schema41.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.owned !== undefined){
let data2 = data.owned;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/owned",schemaPath:"#/properties/owned/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.owned.type,parentSchema:schema41.properties.owned,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.description.type,parentSchema:schema41.properties.description,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"title":"Statement","description":"A sentence, or an object with the sentence and where it comes from.","anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"title":"Text","description":"The sentence, in the customer's words.","type":"string","minLength":1,"examples":["Je ne sais pas si mon dossier est complet."]},"evidence":{"title":"Statement evidence","description":"Where this comes from: one source or a list of sources.","anyOf":[{"$ref":"#/$defs/evidence"},{"type":"array","items":{"$ref":"#/$defs/evidence"}}],"examples":[{"source":"Enquête à chaud","kind":"survey"}]},"hypothesis":{"title":"Hypothesis","description":"true marks an assumption the team has not verified yet (from a workshop, not from research): the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).","type":"boolean","default":false,"examples":[true]}}}],"examples":["C'est long.",{"text":"C'est long.","evidence":{"source":"Enquête à chaud","kind":"survey"}},{"text":"Le client ne lit pas l'e-mail de confirmation.","hypothesis":true}]};
const schema45 = {"title":"Evidence","description":"A source backing a claim.","type":"object","additionalProperties":false,"required":["source"],"properties":{"source":{"title":"Source","description":"What the evidence is, so a reader can find it.","type":"string","minLength":1,"examples":["12 entretiens clients, mai 2026"]},"kind":{"title":"Kind","description":"The kind of source.","enum":["interview","survey","analytics","support","observation","other"],"examples":["interview"]},"href":{"title":"Link","description":"Where to read it: an http(s) or mailto link, or a path in the project.","$ref":"#/$defs/href","examples":["https://intranet.example.com/etudes/entretiens-2026"]},"date":{"title":"Collected on","description":"When the evidence was collected (YYYY-MM-DD).","type":"string","format":"date","examples":["2026-05-20"]}}};
const schema46 = {"title":"Link","description":"An http(s) or mailto address, or a path relative to the published site's root (files under public/, such as images/capture.png). Other schemes (javascript:, data:...) are refused.","type":"string","minLength":1,"examples":["https://example.com/etude.pdf"]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "source") || (key0 === "kind")) || (key0 === "href")) || (key0 === "date"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.source,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.source.type,parentSchema:schema45.properties.source,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((((((data1 === "interview") || (data1 === "survey")) || (data1 === "analytics")) || (data1 === "support")) || (data1 === "observation")) || (data1 === "other"))){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema45.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.kind.enum,parentSchema:schema45.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.href !== undefined){
let data2 = data.href;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/href",schemaPath:"#/$defs/href/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/href",schemaPath:"#/$defs/href/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err7 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema45.properties.date,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.date.type,parentSchema:schema45.properties.date,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.anyOf[0].type,parentSchema:schema44.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema44.anyOf[1].required,parentSchema:schema44.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "evidence")) || (key0 === "hypothesis"))){
const err3 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/anyOf/1/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.anyOf[1].properties.text,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/anyOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.anyOf[1].properties.text.type,parentSchema:schema44.anyOf[1].properties.text,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.evidence !== undefined){
let data1 = data.evidence;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate26(data1, {instancePath:instancePath+"/evidence",parentData:data,parentDataProperty:"evidence",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data1[i0], {instancePath:instancePath+"/evidence/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/evidence",schemaPath:"#/anyOf/1/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.anyOf[1].properties.evidence.anyOf[1].type,parentSchema:schema44.anyOf[1].properties.evidence.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err7 = {instancePath:instancePath+"/evidence",schemaPath:"#/anyOf/1/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.anyOf[1].properties.evidence.anyOf,parentSchema:schema44.anyOf[1].properties.evidence,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.hypothesis !== undefined){
let data3 = data.hypothesis;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/hypothesis",schemaPath:"#/anyOf/1/properties/hypothesis/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.anyOf[1].properties.hypothesis.type,parentSchema:schema44.anyOf[1].properties.hypothesis,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.anyOf[1].type,parentSchema:schema44.anyOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props1 = true;
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.anyOf,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate25.errors = vErrors;
evaluated0.props = props1;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema47 = {"title":"Opportunity","description":"An improvement idea, prioritised by its impact on the experience and the effort it takes.","type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"title":"Title","description":"The improvement, as a short sentence.","type":"string","minLength":1,"examples":["Rappeler le client au lieu de le faire attendre"]},"description":{"title":"Description","description":"What the improvement is and what it changes for the customer.","type":"string","examples":["Proposer un rappel dans l'heure dès 2 minutes d'attente."]},"impact":{"title":"Impact","description":"Expected impact on the customer's experience.","$ref":"#/$defs/level","examples":["high"]},"effort":{"title":"Effort","description":"Effort the company needs to deliver it.","$ref":"#/$defs/level","examples":["low"]},"status":{"title":"Status","description":"Where the improvement stands.","enum":["idea","planned","in-progress","done"],"default":"idea","examples":["planned"]},"owner":{"title":"Owner","description":"Who carries the improvement.","type":"string","minLength":1,"examples":["Équipe Relation client"]},"link":{"title":"Delivery link","description":"The http(s) address of the issue, epic or ticket that carries the work, so a reader goes from the map to where it is delivered. Other schemes (javascript:, data:...) are refused.","$ref":"#/$defs/href","examples":["https://tickets.example.com/browse/CX-142"]}}};
const schema48 = {"title":"Level","description":"low, medium or high.","enum":["low","medium","high"],"examples":["medium"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "description")) || (key0 === "impact")) || (key0 === "effort")) || (key0 === "status")) || (key0 === "owner")) || (key0 === "link"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.title.type,parentSchema:schema47.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.description.type,parentSchema:schema47.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.impact !== undefined){
let data2 = data.impact;
if(!(((data2 === "low") || (data2 === "medium")) || (data2 === "high"))){
const err5 = {instancePath:instancePath+"/impact",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.effort !== undefined){
let data3 = data.effort;
if(!(((data3 === "low") || (data3 === "medium")) || (data3 === "high"))){
const err6 = {instancePath:instancePath+"/effort",schemaPath:"#/$defs/level/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values",schema:schema48.enum,parentSchema:schema48,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!((((data4 === "idea") || (data4 === "planned")) || (data4 === "in-progress")) || (data4 === "done"))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema47.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.status.enum,parentSchema:schema47.properties.status,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.owner !== undefined){
let data5 = data.owner;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err8 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.owner.type,parentSchema:schema47.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.link !== undefined){
let data6 = data.link;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err10 = {instancePath:instancePath+"/link",schemaPath:"#/$defs/href/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/link",schemaPath:"#/$defs/href/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"Attachment","description":"A file or link illustrating a step.","type":"object","additionalProperties":false,"required":["title","href"],"properties":{"title":{"title":"Title","description":"What the attachment shows.","type":"string","minLength":1,"examples":["Capture de l'écran de paiement"]},"href":{"title":"Link","description":"An http(s) or mailto link, or a path in the project.","$ref":"#/$defs/href","examples":["attachments/paiement.png"]},"kind":{"title":"Kind","description":"The kind of attachment.","enum":["image","video","audio","document","link"],"examples":["image"]},"transcript":{"title":"Transcript","description":"What is said or shown in an audio or video recording, in Markdown: shown beside the player and indexed by search, so readers who cannot or do not play it get its content.","type":"string","minLength":1,"examples":["**Conseiller** : Bonjour, que puis-je faire pour vous ?\n\n**Cliente** : J'attends depuis vingt minutes..."]}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.href === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "href"},message:"must have required property '"+"href"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "title") || (key0 === "href")) || (key0 === "kind")) || (key0 === "transcript"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.title.type,parentSchema:schema54.properties.title,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.href !== undefined){
let data1 = data.href;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/href",schemaPath:"#/$defs/href/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/href",schemaPath:"#/$defs/href/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!(((((data2 === "image") || (data2 === "video")) || (data2 === "audio")) || (data2 === "document")) || (data2 === "link"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema54.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.kind.enum,parentSchema:schema54.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.transcript !== undefined){
let data3 = data.transcript;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.transcript,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/transcript",schemaPath:"#/properties/transcript/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.transcript.type,parentSchema:schema54.properties.transcript,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.touchpoints !== undefined){
let data3 = data.touchpoints;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err9 = {instancePath:instancePath+"/touchpoints/" + i0,schemaPath:"#/$defs/channelId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/touchpoints/" + i0,schemaPath:"#/$defs/channelId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/touchpoints/" + i0,schemaPath:"#/$defs/channelId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(!(validate23(data4, {instancePath:instancePath+"/touchpoints/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err12 = {instancePath:instancePath+"/touchpoints/" + i0,schemaPath:"#/properties/touchpoints/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.touchpoints.items.anyOf,parentSchema:schema38.properties.touchpoints.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/touchpoints",schemaPath:"#/properties/touchpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.touchpoints.type,parentSchema:schema38.properties.touchpoints,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.emotion !== undefined){
let data5 = data.emotion;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/emotion",schemaPath:"#/properties/emotion/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.emotion.anyOf[0].type,parentSchema:schema38.properties.emotion.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err15 = {instancePath:instancePath+"/emotion",schemaPath:"#/properties/emotion/anyOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38.properties.emotion.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
const _errs23 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 100){
const err16 = {instancePath:instancePath+"/emotion",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(key1)){
const err17 = {instancePath:instancePath+"/emotion",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/emotion",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid7 = _errs23 === errors;
if(!valid7){
const err19 = {instancePath:instancePath+"/emotion",schemaPath:"#/properties/emotion/anyOf/1/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema38.properties.emotion.anyOf[1].propertyNames,parentSchema:schema38.properties.emotion.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err20 = {instancePath:instancePath+"/emotion/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/emotion/anyOf/1/additionalProperties/type",keyword:"type",params:{type: schema38.properties.emotion.anyOf[1].additionalProperties.type},message:"must be number,null",schema:schema38.properties.emotion.anyOf[1].additionalProperties.type,parentSchema:schema38.properties.emotion.anyOf[1].additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/emotion",schemaPath:"#/properties/emotion/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.emotion.anyOf[1].type,parentSchema:schema38.properties.emotion.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err22 = {instancePath:instancePath+"/emotion",schemaPath:"#/properties/emotion/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.emotion.anyOf,parentSchema:schema38.properties.emotion,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.thoughts !== undefined){
let data7 = data.thoughts;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data7[i1], {instancePath:instancePath+"/thoughts/" + i1,parentData:data7,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/thoughts",schemaPath:"#/properties/thoughts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.thoughts.type,parentSchema:schema38.properties.thoughts,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.painPoints !== undefined){
let data9 = data.painPoints;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate25(data9[i2], {instancePath:instancePath+"/painPoints/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/painPoints",schemaPath:"#/properties/painPoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.painPoints.type,parentSchema:schema38.properties.painPoints,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.opportunities !== undefined){
let data11 = data.opportunities;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
const _errs38 = errors;
let valid16 = false;
const _errs39 = errors;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err25 = {instancePath:instancePath+"/opportunities/" + i3,schemaPath:"#/properties/opportunities/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.opportunities.items.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/opportunities/" + i3,schemaPath:"#/properties/opportunities/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.opportunities.items.anyOf[0].type,parentSchema:schema38.properties.opportunities.items.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid16 = valid16 || _valid2;
const _errs41 = errors;
if(!(validate31(data12, {instancePath:instancePath+"/opportunities/" + i3,parentData:data11,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid2 = _errs41 === errors;
valid16 = valid16 || _valid2;
if(!valid16){
const err27 = {instancePath:instancePath+"/opportunities/" + i3,schemaPath:"#/properties/opportunities/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.opportunities.items.anyOf,parentSchema:schema38.properties.opportunities.items,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/opportunities",schemaPath:"#/properties/opportunities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.opportunities.type,parentSchema:schema38.properties.opportunities,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.momentOfTruth !== undefined){
let data13 = data.momentOfTruth;
const _errs43 = errors;
let valid17 = false;
const _errs44 = errors;
if(typeof data13 !== "boolean"){
const err29 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/properties/momentOfTruth/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.momentOfTruth.anyOf[0].type,parentSchema:schema38.properties.momentOfTruth.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid3 = _errs44 === errors;
valid17 = valid17 || _valid3;
const _errs46 = errors;
if(typeof data13 !== "string"){
const err30 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/properties/momentOfTruth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.momentOfTruth.anyOf[1].type,parentSchema:schema38.properties.momentOfTruth.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid3 = _errs46 === errors;
valid17 = valid17 || _valid3;
const _errs48 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.text === undefined){
const err31 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/$defs/hypothesisText/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema37.required,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "text") || (key3 === "hypothesis"))){
const err32 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/$defs/hypothesisText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.text !== undefined){
let data14 = data13.text;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err33 = {instancePath:instancePath+"/momentOfTruth/text",schemaPath:"#/$defs/hypothesisText/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.text,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/momentOfTruth/text",schemaPath:"#/$defs/hypothesisText/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.text.type,parentSchema:schema37.properties.text,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.hypothesis !== undefined){
let data15 = data13.hypothesis;
if(typeof data15 !== "boolean"){
const err35 = {instancePath:instancePath+"/momentOfTruth/hypothesis",schemaPath:"#/$defs/hypothesisText/properties/hypothesis/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.hypothesis.type,parentSchema:schema37.properties.hypothesis,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/$defs/hypothesisText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs48 === errors;
valid17 = valid17 || _valid3;
if(!valid17){
const err37 = {instancePath:instancePath+"/momentOfTruth",schemaPath:"#/properties/momentOfTruth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.momentOfTruth.anyOf,parentSchema:schema38.properties.momentOfTruth,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
if(data.metrics !== undefined){
let data16 = data.metrics;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key4 in data16){
if(!(((((((key4 === "csat") || (key4 === "nps")) || (key4 === "ces")) || (key4 === "volume")) || (key4 === "conversion")) || (key4 === "dropOff")) || (key4 === "duration"))){
const err38 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.csat !== undefined){
let data17 = data16.csat;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err39 = {instancePath:instancePath+"/metrics/csat",schemaPath:"#/$defs/metrics/properties/csat/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema52.properties.csat,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/metrics/csat",schemaPath:"#/$defs/metrics/properties/csat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.csat,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/metrics/csat",schemaPath:"#/$defs/metrics/properties/csat/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.csat.type,parentSchema:schema52.properties.csat,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.nps !== undefined){
let data18 = data16.nps;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/metrics/nps",schemaPath:"#/$defs/metrics/properties/nps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema52.properties.nps,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18 < -100 || isNaN(data18)){
const err43 = {instancePath:instancePath+"/metrics/nps",schemaPath:"#/$defs/metrics/properties/nps/minimum",keyword:"minimum",params:{comparison: ">=", limit: -100},message:"must be >= -100",schema:-100,parentSchema:schema52.properties.nps,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/metrics/nps",schemaPath:"#/$defs/metrics/properties/nps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.nps.type,parentSchema:schema52.properties.nps,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.ces !== undefined){
let data19 = data16.ces;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 7 || isNaN(data19)){
const err45 = {instancePath:instancePath+"/metrics/ces",schemaPath:"#/$defs/metrics/properties/ces/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7",schema:7,parentSchema:schema52.properties.ces,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/metrics/ces",schemaPath:"#/$defs/metrics/properties/ces/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.ces,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/metrics/ces",schemaPath:"#/$defs/metrics/properties/ces/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.ces.type,parentSchema:schema52.properties.ces,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.volume !== undefined){
let data20 = data16.volume;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/metrics/volume",schemaPath:"#/$defs/metrics/properties/volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.volume,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/metrics/volume",schemaPath:"#/$defs/metrics/properties/volume/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.volume.type,parentSchema:schema52.properties.volume,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.conversion !== undefined){
let data21 = data16.conversion;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 100 || isNaN(data21)){
const err50 = {instancePath:instancePath+"/metrics/conversion",schemaPath:"#/$defs/metrics/properties/conversion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema52.properties.conversion,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err51 = {instancePath:instancePath+"/metrics/conversion",schemaPath:"#/$defs/metrics/properties/conversion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.conversion,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/metrics/conversion",schemaPath:"#/$defs/metrics/properties/conversion/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.conversion.type,parentSchema:schema52.properties.conversion,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.dropOff !== undefined){
let data22 = data16.dropOff;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 100 || isNaN(data22)){
const err53 = {instancePath:instancePath+"/metrics/dropOff",schemaPath:"#/$defs/metrics/properties/dropOff/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema52.properties.dropOff,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err54 = {instancePath:instancePath+"/metrics/dropOff",schemaPath:"#/$defs/metrics/properties/dropOff/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.dropOff,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/metrics/dropOff",schemaPath:"#/$defs/metrics/properties/dropOff/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.dropOff.type,parentSchema:schema52.properties.dropOff,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data16.duration !== undefined){
let data23 = data16.duration;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err56 = {instancePath:instancePath+"/metrics/duration",schemaPath:"#/$defs/metrics/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.duration,data:data23};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/metrics/duration",schemaPath:"#/$defs/metrics/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.duration.type,parentSchema:schema52.properties.duration,data:data23};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.backstage !== undefined){
let data24 = data.backstage;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
const _errs77 = errors;
let valid24 = false;
const _errs78 = errors;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err59 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/properties/backstage/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.backstage.items.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/properties/backstage/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.backstage.items.anyOf[0].type,parentSchema:schema38.properties.backstage.items.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid4 = _errs78 === errors;
valid24 = valid24 || _valid4;
const _errs80 = errors;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.text === undefined){
const err61 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/$defs/backstageItem/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema53.required,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data25){
if(!(((key5 === "text") || (key5 === "team")) || (key5 === "system"))){
const err62 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/$defs/backstageItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data25.text !== undefined){
let data26 = data25.text;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err63 = {instancePath:instancePath+"/backstage/" + i4+"/text",schemaPath:"#/$defs/backstageItem/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.text,data:data26};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/backstage/" + i4+"/text",schemaPath:"#/$defs/backstageItem/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.text.type,parentSchema:schema53.properties.text,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data25.team !== undefined){
let data27 = data25.team;
if(typeof data27 !== "string"){
const err65 = {instancePath:instancePath+"/backstage/" + i4+"/team",schemaPath:"#/$defs/backstageItem/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.team.type,parentSchema:schema53.properties.team,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25.system !== undefined){
let data28 = data25.system;
if(typeof data28 !== "string"){
const err66 = {instancePath:instancePath+"/backstage/" + i4+"/system",schemaPath:"#/$defs/backstageItem/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.system.type,parentSchema:schema53.properties.system,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/$defs/backstageItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid4 = _errs80 === errors;
valid24 = valid24 || _valid4;
if(!valid24){
const err68 = {instancePath:instancePath+"/backstage/" + i4,schemaPath:"#/properties/backstage/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.properties.backstage.items.anyOf,parentSchema:schema38.properties.backstage.items,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err69 = {instancePath:instancePath+"/backstage",schemaPath:"#/properties/backstage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.backstage.type,parentSchema:schema38.properties.backstage,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.evidence !== undefined){
let data29 = data.evidence;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
if(!(validate26(data29[i5], {instancePath:instancePath+"/evidence/" + i5,parentData:data29,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.evidence.type,parentSchema:schema38.properties.evidence,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.attachments !== undefined){
let data31 = data.attachments;
if(Array.isArray(data31)){
const len6 = data31.length;
for(let i6=0; i6<len6; i6++){
if(!(validate34(data31[i6], {instancePath:instancePath+"/attachments/" + i6,parentData:data31,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err71 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.attachments.type,parentSchema:schema38.properties.attachments,data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.subJourney !== undefined){
let data33 = data.subJourney;
if(typeof data33 === "string"){
if(func2(data33) > 100){
const err72 = {instancePath:instancePath+"/subJourney",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data33};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!pattern4.test(data33)){
const err73 = {instancePath:instancePath+"/subJourney",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/subJourney",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.events !== undefined){
let data34 = data.events;
if(Array.isArray(data34)){
const len7 = data34.length;
for(let i7=0; i7<len7; i7++){
let data35 = data34[i7];
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err75 = {instancePath:instancePath+"/events/" + i7,schemaPath:"#/properties/events/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.events.items,data:data35};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/events/" + i7,schemaPath:"#/properties/events/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.events.items.type,parentSchema:schema38.properties.events.items,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
let i8 = data34.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data34[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err77 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)",schema:true,parentSchema:schema38.properties.events,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err78 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.events.type,parentSchema:schema38.properties.events,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.steps === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "description")) || (key0 === "expectations")) || (key0 === "experience")) || (key0 === "steps"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.description.type,parentSchema:schema35.properties.description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.expectations !== undefined){
let data3 = data.expectations;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/properties/expectations/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.expectations.items.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/properties/expectations/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.expectations.items.anyOf[0].type,parentSchema:schema35.properties.expectations.items.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs15 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.text === undefined){
const err12 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/$defs/hypothesisText/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema37.required,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "text") || (key1 === "hypothesis"))){
const err13 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/$defs/hypothesisText/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.text !== undefined){
let data5 = data4.text;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/expectations/" + i0+"/text",schemaPath:"#/$defs/hypothesisText/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.text,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/expectations/" + i0+"/text",schemaPath:"#/$defs/hypothesisText/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.text.type,parentSchema:schema37.properties.text,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.hypothesis !== undefined){
let data6 = data4.hypothesis;
if(typeof data6 !== "boolean"){
const err16 = {instancePath:instancePath+"/expectations/" + i0+"/hypothesis",schemaPath:"#/$defs/hypothesisText/properties/hypothesis/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.hypothesis.type,parentSchema:schema37.properties.hypothesis,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/$defs/hypothesisText/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err18 = {instancePath:instancePath+"/expectations/" + i0,schemaPath:"#/properties/expectations/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema35.properties.expectations.items.anyOf,parentSchema:schema35.properties.expectations.items,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/expectations",schemaPath:"#/properties/expectations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.expectations.type,parentSchema:schema35.properties.expectations,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.experience !== undefined){
let data7 = data.experience;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/experience",schemaPath:"#/properties/experience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.experience.type,parentSchema:schema35.properties.experience,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.steps !== undefined){
let data8 = data.steps;
if(Array.isArray(data8)){
if(data8.length < 1){
const err21 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.steps,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data8[i1], {instancePath:instancePath+"/steps/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.steps.type,parentSchema:schema35.properties.steps,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://parcours.dev/schema/journey.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.stages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.summary !== undefined){
let data2 = data.summary;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.summary.type,parentSchema:schema31.properties.summary,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.personas !== undefined){
let data3 = data.personas;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err10 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data4)){
const err11 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err13 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.personas,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personas.type,parentSchema:schema31.properties.personas,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.owner !== undefined){
let data5 = data.owner;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err15 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.owner.type,parentSchema:schema31.properties.owner,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.lastReviewed !== undefined){
let data6 = data.lastReviewed;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err17 = {instancePath:instancePath+"/lastReviewed",schemaPath:"#/properties/lastReviewed/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema31.properties.lastReviewed,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/lastReviewed",schemaPath:"#/properties/lastReviewed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.lastReviewed.type,parentSchema:schema31.properties.lastReviewed,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.tags !== undefined){
let data7 = data.tags;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i2=0; i2<len1; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err19 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.tags.items,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tags.items.type,parentSchema:schema31.properties.tags.items,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i3 = data7.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data7[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.tags,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err22 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tags.type,parentSchema:schema31.properties.tags,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.state !== undefined){
let data9 = data.state;
if(!((data9 === "current") || (data9 === "target"))){
const err23 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema31.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.state.enum,parentSchema:schema31.properties.state,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.targetOf !== undefined){
let data10 = data.targetOf;
if(typeof data10 === "string"){
if(func2(data10) > 100){
const err24 = {instancePath:instancePath+"/targetOf",schemaPath:"#/$defs/slug/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data10)){
const err25 = {instancePath:instancePath+"/targetOf",schemaPath:"#/$defs/slug/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/targetOf",schemaPath:"#/$defs/slug/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.stages !== undefined){
let data11 = data.stages;
if(Array.isArray(data11)){
if(data11.length < 1){
const err27 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.stages,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
if(!(validate21(data11[i4], {instancePath:instancePath+"/stages/" + i4,parentData:data11,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.stages.type,parentSchema:schema31.properties.stages,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.persona = validate38;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://parcours.dev/schema/persona.schema.json","title":"Persona","description":"An archetype of customer, with goals, frustrations and channel habits. One file per persona, personas/<id>.yaml.","type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"title":"Persona id","description":"Permanent identifier of the persona: lowercase letters, digits and hyphens, equal to the file name without its extension. Journeys refer to it.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":100,"examples":["claire-connectee"]},"name":{"title":"Name","description":"The persona's name as shown on the site.","type":"string","minLength":1,"examples":["Claire, la connectée"]},"role":{"title":"Role","description":"Who the persona is in a few words: situation, occupation, relation to the company.","type":"string","examples":["Cadre, 38 ans, cliente depuis 4 ans"]},"description":{"title":"Description","description":"The persona's circumstances and habits, in Markdown (raw HTML is shown as text).","type":"string","examples":["Commande surtout depuis son téléphone, le soir."]},"quote":{"title":"Quote","description":"A sentence the persona could say, that sums up their attitude.","type":"string","examples":["Si je dois appeler, c'est que le site a raté quelque chose."]},"goals":{"title":"Goals","description":"What the persona wants to achieve.","type":"array","items":{"type":"string","minLength":1},"examples":[["Être livrée sans avoir à poser un jour de congé"]]},"frustrations":{"title":"Frustrations","description":"What annoys the persona in their dealings with companies.","type":"array","items":{"type":"string","minLength":1},"examples":[["Répéter son problème à chaque interlocuteur"]]},"digitalAffinity":{"title":"Digital affinity","description":"How at ease the persona is with digital channels: high, medium, low, or none (digitally excluded). Journeys should leave none of them by the roadside.","enum":["high","medium","low","none"],"examples":["low"]},"preferredChannels":{"title":"Preferred channels","description":"Ids of the channels the persona prefers, most preferred first.","type":"array","items":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"uniqueItems":true,"examples":[["mobile-app","chat"]]},"image":{"title":"Image","description":"A picture of the persona: an http(s) address or a path in the project.","type":"string","minLength":1,"examples":["images/claire.jpg"]},"tags":{"title":"Tags","description":"Free labels to group personas.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"examples":[["particulier","urbain"]]}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://parcours.dev/schema/persona.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema57.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 100){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema57.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema57.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.id.type,parentSchema:schema57.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.name.type,parentSchema:schema57.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.role !== undefined){
let data2 = data.role;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.role.type,parentSchema:schema57.properties.role,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.description.type,parentSchema:schema57.properties.description,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.quote !== undefined){
let data4 = data.quote;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.quote.type,parentSchema:schema57.properties.quote,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.goals !== undefined){
let data5 = data.goals;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err11 = {instancePath:instancePath+"/goals/" + i0,schemaPath:"#/properties/goals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.goals.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/goals/" + i0,schemaPath:"#/properties/goals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.goals.items.type,parentSchema:schema57.properties.goals.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/goals",schemaPath:"#/properties/goals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.goals.type,parentSchema:schema57.properties.goals,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.frustrations !== undefined){
let data7 = data.frustrations;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err14 = {instancePath:instancePath+"/frustrations/" + i1,schemaPath:"#/properties/frustrations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.frustrations.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/frustrations/" + i1,schemaPath:"#/properties/frustrations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.frustrations.items.type,parentSchema:schema57.properties.frustrations.items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/frustrations",schemaPath:"#/properties/frustrations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.frustrations.type,parentSchema:schema57.properties.frustrations,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.digitalAffinity !== undefined){
let data9 = data.digitalAffinity;
if(!((((data9 === "high") || (data9 === "medium")) || (data9 === "low")) || (data9 === "none"))){
const err17 = {instancePath:instancePath+"/digitalAffinity",schemaPath:"#/properties/digitalAffinity/enum",keyword:"enum",params:{allowedValues: schema57.properties.digitalAffinity.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.digitalAffinity.enum,parentSchema:schema57.properties.digitalAffinity,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.preferredChannels !== undefined){
let data10 = data.preferredChannels;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err18 = {instancePath:instancePath+"/preferredChannels/" + i2,schemaPath:"#/properties/preferredChannels/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema57.properties.preferredChannels.items,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/preferredChannels/" + i2,schemaPath:"#/properties/preferredChannels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.preferredChannels.items.type,parentSchema:schema57.properties.preferredChannels.items,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i3 = data10.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data10[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err20 = {instancePath:instancePath+"/preferredChannels",schemaPath:"#/properties/preferredChannels/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema57.properties.preferredChannels,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err21 = {instancePath:instancePath+"/preferredChannels",schemaPath:"#/properties/preferredChannels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.preferredChannels.type,parentSchema:schema57.properties.preferredChannels,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.image !== undefined){
let data12 = data.image;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err22 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.image,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.image.type,parentSchema:schema57.properties.image,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.tags !== undefined){
let data13 = data.tags;
if(Array.isArray(data13)){
const len3 = data13.length;
for(let i4=0; i4<len3; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err24 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.tags.items,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.tags.items.type,parentSchema:schema57.properties.tags.items,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i5 = data13.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data13[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err26 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema57.properties.tags,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err27 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.tags.type,parentSchema:schema57.properties.tags,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.config = validate39;
const schema58 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://parcours.dev/schema/config.schema.json","title":"Parcours configuration","description":"Optional parcours.config.yaml at the content root: site settings, extra channels and costs, the emotion scale.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Site title","description":"The name of the published site.","type":"string","minLength":1,"default":"Parcours","examples":["Parcours clients Maison Durand"]},"lang":{"title":"Language","description":"Language of the site's interface: fr or en. Numbers, currencies and dates follow it.","enum":["fr","en"],"default":"fr","examples":["fr"]},"baseUrl":{"title":"Base URL","description":"Where the site is published, with its path (for GitHub Pages, https://<owner>.github.io/<repo>/). Links and the sitemap are made relative to it.","type":"string","pattern":"^https?://[^\\s]+$","examples":["https://exemple.github.io/parcours/"]},"currency":{"title":"Currency","description":"ISO 4217 code of the currency the costs per contact are in.","type":"string","pattern":"^[A-Z]{3}$","default":"EUR","examples":["EUR"]},"reviewAgeDays":{"title":"Review age","description":"Number of days after which a journey's lastReviewed date counts as stale.","type":"integer","minimum":1,"default":180,"examples":[90]},"pdfMaxJourneys":{"title":"PDFs up to this many journeys","description":"The build draws journey.pdf (the poster) and persona.pdf with Chromium only for sites of up to this many journeys, about half a second a page; above it, the poster pages stay and the build says it left the PDFs out. 0 never draws them.","type":"integer","minimum":0,"default":100,"examples":[300]},"mediaMaxMegabytes":{"title":"Largest media file","description":"Size in megabytes above which validate warns about an image, audio or video file under public/ (media-file-too-large): the map loads pictures as it opens, and readers on a phone download what they play.","type":"number","exclusiveMinimum":0,"default":20,"examples":[50]},"emotionScale":{"title":"Emotion scale","description":"The range of emotion values and the words shown for them.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum","description":"The most negative emotion value.","type":"number","default":-3,"examples":[-3]},"max":{"title":"Maximum","description":"The most positive emotion value.","type":"number","default":3,"examples":[3]},"labels":{"title":"Labels","description":"Words for some values of the scale, keyed by the value.","type":"object","propertyNames":{"pattern":"^-?[0-9]+(\\.[0-9]+)?$"},"additionalProperties":{"type":"string","minLength":1},"examples":[{"0":"Neutre","3":"Enchanté","-3":"Furieux"}]}},"examples":[{"min":-3,"max":3}]},"history":{"title":"History","description":"How the site shows each journey's and persona's revisions from Git.","type":"object","additionalProperties":false,"properties":{"revisions":{"title":"Revisions kept","description":"Number of revisions per journey or persona shown on the site, newest first; older ones are left out. 0 turns the history pages off.","type":"integer","minimum":0,"default":20,"examples":[20,50]}},"examples":[{"revisions":20}]},"events":{"title":"Event logs","description":"How to read the event logs under data/events/ (CSV and Parquet files, sub-folders and hive-partitioned folders included): one row per event, with the columns named here. The XES names case:concept:name, concept:name and time:timestamp are recognised when the default names are absent.","type":"object","additionalProperties":false,"properties":{"case":{"title":"Case column","description":"The column identifying the case (a customer, a file, a request) an event belongs to. Case ids never reach the site.","type":"string","minLength":1,"default":"case_id","examples":["dossier_id"]},"timestamp":{"title":"Timestamp column","description":"The column giving when the event happened (an ISO 8601 date and time, or a Parquet timestamp).","type":"string","minLength":1,"default":"timestamp","examples":["horodatage"]},"event":{"title":"Event column","description":"The column naming the event, which steps' `events` patterns match.","type":"string","minLength":1,"default":"event","examples":["activite"]},"channel":{"title":"Channel column","description":"The column giving the channel id of the event (web, phone...). Optional in the logs: without it, channels are not analysed.","type":"string","minLength":1,"default":"channel","examples":["canal"]},"order":{"title":"Order column","description":"A column that orders the events of a case that share a timestamp (a sequence number). Without it, ties keep the order of the rows in the file.","type":"string","minLength":1,"examples":["sequence"]},"minCases":{"title":"Minimum of cases","description":"A figure computed over fewer cases than this is withheld from the site, the downloads and the CLI's output, so that no small group of customers can be singled out.","type":"integer","minimum":1,"default":10,"examples":[10,50]},"memoryLimit":{"title":"Memory limit","description":"How much memory the analysis of the logs may take, as DuckDB writes it (4GB, 512MB). DuckDB is given about half of it for its tables, past which it spills to a temporary folder on disk: its sorts take more than that share.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$","default":"4GB","examples":["4GB","512MB"]}},"examples":[{"case":"dossier_id","timestamp":"horodatage","event":"activite","channel":"canal","minCases":10}]},"theme":{"title":"Theme","description":"The team's brand on the site, the posters and the PDFs: logo, colours and font. `validate` reports a colour that does not reach WCAG AA contrast against the background it is used on (4.5:1 for text, 3:1 for lines and icons), with the nearest colour that does.","type":"object","additionalProperties":false,"properties":{"logo":{"title":"Logo","description":"Path under public/ of the team's logo (SVG or PNG), shown before the site's title and on posters.","type":"string","minLength":1,"examples":["images/logo.svg"]},"font":{"title":"Font","description":"CSS font stack of the whole site, posters and PDFs. Its first family may be loaded from `fontFile`.","type":"string","minLength":1,"examples":["\"Marianne\", system-ui, sans-serif"]},"fontFile":{"title":"Font file","description":"Path under public/ of a font file (WOFF2, WOFF, TTF or OTF) that the first family of `font` is loaded from, so that posters drawn on any machine use it.","type":"string","minLength":1,"examples":["fonts/marianne.woff2"]},"colors":{"title":"Colours","description":"The design's colours; each one left out keeps its default.","type":"object","additionalProperties":false,"properties":{"background":{"title":"Background","description":"The page. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#ffffff"]},"ink":{"title":"Ink","description":"Text. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#1b1f24"]},"muted":{"title":"Muted","description":"Secondary text: lane names, details, dates. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#545b64"]},"surface":{"title":"Surface","description":"Behind lane titles and stage headers. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#f3f5f7"]},"accent":{"title":"Accent","description":"Links, buttons and the stages' colour: the brand's main colour. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#0a5c99"]},"momentOfTruth":{"title":"Moment of truth","description":"Moments of truth on the map and the curve. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#a14400"]},"warning":{"title":"Warning","description":"Pain points and warnings. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#9a3412"]},"opportunity":{"title":"Opportunity","description":"Opportunities. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#1a7f4b"]},"positive":{"title":"Positive emotion","description":"The curve's area above 0, a light tint. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#e9f6ef"]},"negative":{"title":"Negative emotion","description":"The curve's area below 0, a light tint. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#fcefe9"]},"digital":{"title":"Digital channels","description":"Icons of digital channels. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#0a5c99"]},"human":{"title":"Human channels","description":"Icons of channels where a person answers. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#8a3b94"]},"physical":{"title":"Physical channels","description":"Icons of physical channels: shops, mail. A hex colour, #rgb or #rrggbb.","type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$","examples":["#7a5a00"]}},"examples":[{"accent":"#00556e","ink":"#14213d"}]},"personaColors":{"title":"Persona colours","description":"Colours of the emotion curves and persona avatars, in the order of each journey's personas; after the last, the list starts again.","type":"array","minItems":1,"items":{"type":"string","pattern":"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},"examples":[["#0072b2","#d55e00","#009970"]]}},"examples":[{"logo":"images/logo.svg","colors":{"accent":"#00556e"},"personaColors":["#00556e","#b3261e"]}]},"channels":{"title":"Channels","description":"Channels to add to the built-in catalogue, or built-in channels whose name, kind or cost to override, keyed by channel id.","type":"object","propertyNames":{"pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"additionalProperties":{"title":"Channel","description":"A channel's settings.","type":"object","additionalProperties":false,"properties":{"name":{"title":"Name","description":"The channel's name as shown on the site.","type":"string","minLength":1,"examples":["Borne en magasin"]},"kind":{"title":"Kind","description":"digital, human or physical: the site groups channels by kind.","enum":["digital","human","physical"],"examples":["physical"]},"cost":{"title":"Cost per contact","description":"What one contact on this channel costs the company, in the configured currency.","type":"number","minimum":0,"examples":[2.5]},"icon":{"title":"Icon","description":"The icon shown beside the channel's name, by its name in Parcours' icon set: web, mobile-app, email, sms, chat, chatbot, social, ivr, phone, video, in-person, store, mail, digital, human or physical. Without it, a built-in channel has its own icon and another channel the icon of its kind; any other text is left out, since an emoji shows as an empty box where no emoji font is installed.","type":"string","examples":["chat"]}}},"examples":[{"whatsapp":{"name":"WhatsApp","kind":"digital","cost":0.9},"phone":{"cost":4.2}}]},"rules":{"title":"Rules","description":"The level of each check, by problem code: `off` (not reported), `warn` (reported, the run still passes) or `error` (the run fails). Every warning code can be set; errors always stay errors.","type":"object","additionalProperties":false,"properties":{"file-bom":{"title":"file-bom","description":"The file starts with a byte order mark. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"step-without-touchpoints":{"title":"step-without-touchpoints","description":"A step has no touchpoint. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"media-without-transcript":{"title":"media-without-transcript","description":"An audio or video attachment has no transcript. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"media-file-too-large":{"title":"media-file-too-large","description":"A media file under public/ is larger than mediaMaxMegabytes. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"persona-unused":{"title":"persona-unused","description":"No journey uses this persona. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"review-overdue":{"title":"review-overdue","description":"The journey was last reviewed longer ago than the review age. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"schema-line-unresolved":{"title":"schema-line-unresolved","description":"A file's schema line points to no schema, so editors give no completion. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"emotion-missing-persona":{"title":"emotion-missing-persona","description":"A step's emotion map leaves out a persona of the journey. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"theme-contrast":{"title":"theme-contrast","description":"A colour of the theme does not reach WCAG AA contrast against the background it is used on. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"csv-unknown-column":{"title":"csv-unknown-column","description":"A CSV column is not recognised, so it is ignored. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"import-score-rescaled":{"title":"import-score-rescaled","description":"A Mermaid diagram scores beyond 1..5, so its scores were mapped onto the emotion scale by their own range. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"import-persona-missing":{"title":"import-persona-missing","description":"An imported journey names a persona that has no file yet. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"data-duplicate-row":{"title":"data-duplicate-row","description":"Two data rows give figures for the same step and period. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"events-bad-row":{"title":"events-bad-row","description":"An event log row has no case, an unreadable timestamp or a value in an unknown column; it is left out. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"events-pattern-unmatched":{"title":"events-pattern-unmatched","description":"A step's event pattern matches no event of the logs. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"owner-missing":{"title":"owner-missing","description":"The journey names no owner to keep it true. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"review-date-missing":{"title":"review-date-missing","description":"The journey has no lastReviewed date. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"claims-without-evidence":{"title":"claims-without-evidence","description":"Emotions or pain points of a journey cite no source. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"inclusion-gap-digital":{"title":"inclusion-gap-digital","description":"A step is digital only while a persona of the journey is far from digital. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"inclusion-gap-channels":{"title":"inclusion-gap-channels","description":"None of a step's channels is among a persona's preferred channels. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"moment-of-truth-without-human":{"title":"moment-of-truth-without-human","description":"A moment of truth offers no human touchpoint. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"emotion-cliff":{"title":"emotion-cliff","description":"The emotion of a persona drops by 3 or more from one step to the next. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"dead-end":{"title":"dead-end","description":"The journey ends on a negative step with no opportunity. Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]},"stale-claims":{"title":"stale-claims","description":"Claims have stood unchanged in Git for longer than the review age with no evidence dated since (shown by the site, which reads the history; validate does not). Default: warn.","enum":["off","warn","error"],"default":"warn","examples":["off","error"]}},"examples":[{"claims-without-evidence":"off","review-overdue":"error"}]}}};
const pattern15 = new RegExp("^https?://[^\\s]+$", "u");
const pattern16 = new RegExp("^[A-Z]{3}$", "u");
const pattern17 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
const pattern18 = new RegExp("^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", "u");
const pattern19 = new RegExp("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://parcours.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema58.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.title,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.title.type,parentSchema:schema58.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.lang !== undefined){
let data1 = data.lang;
if(!((data1 === "fr") || (data1 === "en"))){
const err3 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/enum",keyword:"enum",params:{allowedValues: schema58.properties.lang.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.lang.enum,parentSchema:schema58.properties.lang,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.baseUrl !== undefined){
let data2 = data.baseUrl;
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
const err4 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema58.properties.baseUrl,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/baseUrl",schemaPath:"#/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.baseUrl.type,parentSchema:schema58.properties.baseUrl,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.currency !== undefined){
let data3 = data.currency;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
const err6 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\"",schema:"^[A-Z]{3}$",parentSchema:schema58.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.currency.type,parentSchema:schema58.properties.currency,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reviewAgeDays !== undefined){
let data4 = data.reviewAgeDays;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/reviewAgeDays",schemaPath:"#/properties/reviewAgeDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.reviewAgeDays.type,parentSchema:schema58.properties.reviewAgeDays,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/reviewAgeDays",schemaPath:"#/properties/reviewAgeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.reviewAgeDays,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.pdfMaxJourneys !== undefined){
let data5 = data.pdfMaxJourneys;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/pdfMaxJourneys",schemaPath:"#/properties/pdfMaxJourneys/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.pdfMaxJourneys.type,parentSchema:schema58.properties.pdfMaxJourneys,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/pdfMaxJourneys",schemaPath:"#/properties/pdfMaxJourneys/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.pdfMaxJourneys,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.mediaMaxMegabytes !== undefined){
let data6 = data.mediaMaxMegabytes;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/mediaMaxMegabytes",schemaPath:"#/properties/mediaMaxMegabytes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema58.properties.mediaMaxMegabytes,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/mediaMaxMegabytes",schemaPath:"#/properties/mediaMaxMegabytes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema58.properties.mediaMaxMegabytes.type,parentSchema:schema58.properties.mediaMaxMegabytes,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.emotionScale !== undefined){
let data7 = data.emotionScale;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(((key1 === "min") || (key1 === "max")) || (key1 === "labels"))){
const err14 = {instancePath:instancePath+"/emotionScale",schemaPath:"#/properties/emotionScale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.emotionScale,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.min !== undefined){
let data8 = data7.min;
if(!((typeof data8 == "number") && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/emotionScale/min",schemaPath:"#/properties/emotionScale/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema58.properties.emotionScale.properties.min.type,parentSchema:schema58.properties.emotionScale.properties.min,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.max !== undefined){
let data9 = data7.max;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/emotionScale/max",schemaPath:"#/properties/emotionScale/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema58.properties.emotionScale.properties.max.type,parentSchema:schema58.properties.emotionScale.properties.max,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.labels !== undefined){
let data10 = data7.labels;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
const _errs24 = errors;
if(typeof key2 === "string"){
if(!pattern17.test(key2)){
const err17 = {instancePath:instancePath+"/emotionScale/labels",schemaPath:"#/properties/emotionScale/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?[0-9]+(\\.[0-9]+)?$"+"\"",schema:"^-?[0-9]+(\\.[0-9]+)?$",parentSchema:schema58.properties.emotionScale.properties.labels.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid2 = _errs24 === errors;
if(!valid2){
const err18 = {instancePath:instancePath+"/emotionScale/labels",schemaPath:"#/properties/emotionScale/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema58.properties.emotionScale.properties.labels.propertyNames,parentSchema:schema58.properties.emotionScale.properties.labels,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key3 in data10){
let data11 = data10[key3];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err19 = {instancePath:instancePath+"/emotionScale/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/emotionScale/properties/labels/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.emotionScale.properties.labels.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/emotionScale/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/emotionScale/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.emotionScale.properties.labels.additionalProperties.type,parentSchema:schema58.properties.emotionScale.properties.labels.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/emotionScale/labels",schemaPath:"#/properties/emotionScale/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.emotionScale.properties.labels.type,parentSchema:schema58.properties.emotionScale.properties.labels,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/emotionScale",schemaPath:"#/properties/emotionScale/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.emotionScale.type,parentSchema:schema58.properties.emotionScale,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.history !== undefined){
let data12 = data.history;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!(key4 === "revisions")){
const err23 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.history,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.revisions !== undefined){
let data13 = data12.revisions;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err24 = {instancePath:instancePath+"/history/revisions",schemaPath:"#/properties/history/properties/revisions/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.history.properties.revisions.type,parentSchema:schema58.properties.history.properties.revisions,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err25 = {instancePath:instancePath+"/history/revisions",schemaPath:"#/properties/history/properties/revisions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.history.properties.revisions,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.history.type,parentSchema:schema58.properties.history,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.events !== undefined){
let data14 = data.events;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
if(!(((((((key5 === "case") || (key5 === "timestamp")) || (key5 === "event")) || (key5 === "channel")) || (key5 === "order")) || (key5 === "minCases")) || (key5 === "memoryLimit"))){
const err27 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.events,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.case !== undefined){
let data15 = data14.case;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err28 = {instancePath:instancePath+"/events/case",schemaPath:"#/properties/events/properties/case/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.events.properties.case,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/events/case",schemaPath:"#/properties/events/properties/case/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.case.type,parentSchema:schema58.properties.events.properties.case,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.timestamp !== undefined){
let data16 = data14.timestamp;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err30 = {instancePath:instancePath+"/events/timestamp",schemaPath:"#/properties/events/properties/timestamp/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.events.properties.timestamp,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/events/timestamp",schemaPath:"#/properties/events/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.timestamp.type,parentSchema:schema58.properties.events.properties.timestamp,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.event !== undefined){
let data17 = data14.event;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err32 = {instancePath:instancePath+"/events/event",schemaPath:"#/properties/events/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.events.properties.event,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/events/event",schemaPath:"#/properties/events/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.event.type,parentSchema:schema58.properties.events.properties.event,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.channel !== undefined){
let data18 = data14.channel;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err34 = {instancePath:instancePath+"/events/channel",schemaPath:"#/properties/events/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.events.properties.channel,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/events/channel",schemaPath:"#/properties/events/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.channel.type,parentSchema:schema58.properties.events.properties.channel,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data14.order !== undefined){
let data19 = data14.order;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err36 = {instancePath:instancePath+"/events/order",schemaPath:"#/properties/events/properties/order/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.events.properties.order,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/events/order",schemaPath:"#/properties/events/properties/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.order.type,parentSchema:schema58.properties.events.properties.order,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.minCases !== undefined){
let data20 = data14.minCases;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err38 = {instancePath:instancePath+"/events/minCases",schemaPath:"#/properties/events/properties/minCases/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.events.properties.minCases.type,parentSchema:schema58.properties.events.properties.minCases,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err39 = {instancePath:instancePath+"/events/minCases",schemaPath:"#/properties/events/properties/minCases/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.events.properties.minCases,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data14.memoryLimit !== undefined){
let data21 = data14.memoryLimit;
if(typeof data21 === "string"){
if(!pattern18.test(data21)){
const err40 = {instancePath:instancePath+"/events/memoryLimit",schemaPath:"#/properties/events/properties/memoryLimit/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$",parentSchema:schema58.properties.events.properties.memoryLimit,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/events/memoryLimit",schemaPath:"#/properties/events/properties/memoryLimit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.events.properties.memoryLimit.type,parentSchema:schema58.properties.events.properties.memoryLimit,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.events.type,parentSchema:schema58.properties.events,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.theme !== undefined){
let data22 = data.theme;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key6 in data22){
if(!(((((key6 === "logo") || (key6 === "font")) || (key6 === "fontFile")) || (key6 === "colors")) || (key6 === "personaColors"))){
const err43 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.theme,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data22.logo !== undefined){
let data23 = data22.logo;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err44 = {instancePath:instancePath+"/theme/logo",schemaPath:"#/properties/theme/properties/logo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.theme.properties.logo,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/theme/logo",schemaPath:"#/properties/theme/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.logo.type,parentSchema:schema58.properties.theme.properties.logo,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data22.font !== undefined){
let data24 = data22.font;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err46 = {instancePath:instancePath+"/theme/font",schemaPath:"#/properties/theme/properties/font/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.theme.properties.font,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/theme/font",schemaPath:"#/properties/theme/properties/font/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.font.type,parentSchema:schema58.properties.theme.properties.font,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data22.fontFile !== undefined){
let data25 = data22.fontFile;
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err48 = {instancePath:instancePath+"/theme/fontFile",schemaPath:"#/properties/theme/properties/fontFile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.theme.properties.fontFile,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/theme/fontFile",schemaPath:"#/properties/theme/properties/fontFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.fontFile.type,parentSchema:schema58.properties.theme.properties.fontFile,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data22.colors !== undefined){
let data26 = data22.colors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key7 in data26){
if(!(func1.call(schema58.properties.theme.properties.colors.properties, key7))){
const err50 = {instancePath:instancePath+"/theme/colors",schemaPath:"#/properties/theme/properties/colors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.theme.properties.colors,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.background !== undefined){
let data27 = data26.background;
if(typeof data27 === "string"){
if(!pattern19.test(data27)){
const err51 = {instancePath:instancePath+"/theme/colors/background",schemaPath:"#/properties/theme/properties/colors/properties/background/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.background,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/theme/colors/background",schemaPath:"#/properties/theme/properties/colors/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.background.type,parentSchema:schema58.properties.theme.properties.colors.properties.background,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.ink !== undefined){
let data28 = data26.ink;
if(typeof data28 === "string"){
if(!pattern19.test(data28)){
const err53 = {instancePath:instancePath+"/theme/colors/ink",schemaPath:"#/properties/theme/properties/colors/properties/ink/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.ink,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/theme/colors/ink",schemaPath:"#/properties/theme/properties/colors/properties/ink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.ink.type,parentSchema:schema58.properties.theme.properties.colors.properties.ink,data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.muted !== undefined){
let data29 = data26.muted;
if(typeof data29 === "string"){
if(!pattern19.test(data29)){
const err55 = {instancePath:instancePath+"/theme/colors/muted",schemaPath:"#/properties/theme/properties/colors/properties/muted/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.muted,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/theme/colors/muted",schemaPath:"#/properties/theme/properties/colors/properties/muted/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.muted.type,parentSchema:schema58.properties.theme.properties.colors.properties.muted,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data26.surface !== undefined){
let data30 = data26.surface;
if(typeof data30 === "string"){
if(!pattern19.test(data30)){
const err57 = {instancePath:instancePath+"/theme/colors/surface",schemaPath:"#/properties/theme/properties/colors/properties/surface/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.surface,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/theme/colors/surface",schemaPath:"#/properties/theme/properties/colors/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.surface.type,parentSchema:schema58.properties.theme.properties.colors.properties.surface,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data26.accent !== undefined){
let data31 = data26.accent;
if(typeof data31 === "string"){
if(!pattern19.test(data31)){
const err59 = {instancePath:instancePath+"/theme/colors/accent",schemaPath:"#/properties/theme/properties/colors/properties/accent/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.accent,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/theme/colors/accent",schemaPath:"#/properties/theme/properties/colors/properties/accent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.accent.type,parentSchema:schema58.properties.theme.properties.colors.properties.accent,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data26.momentOfTruth !== undefined){
let data32 = data26.momentOfTruth;
if(typeof data32 === "string"){
if(!pattern19.test(data32)){
const err61 = {instancePath:instancePath+"/theme/colors/momentOfTruth",schemaPath:"#/properties/theme/properties/colors/properties/momentOfTruth/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.momentOfTruth,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/theme/colors/momentOfTruth",schemaPath:"#/properties/theme/properties/colors/properties/momentOfTruth/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.momentOfTruth.type,parentSchema:schema58.properties.theme.properties.colors.properties.momentOfTruth,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data26.warning !== undefined){
let data33 = data26.warning;
if(typeof data33 === "string"){
if(!pattern19.test(data33)){
const err63 = {instancePath:instancePath+"/theme/colors/warning",schemaPath:"#/properties/theme/properties/colors/properties/warning/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.warning,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/theme/colors/warning",schemaPath:"#/properties/theme/properties/colors/properties/warning/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.warning.type,parentSchema:schema58.properties.theme.properties.colors.properties.warning,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data26.opportunity !== undefined){
let data34 = data26.opportunity;
if(typeof data34 === "string"){
if(!pattern19.test(data34)){
const err65 = {instancePath:instancePath+"/theme/colors/opportunity",schemaPath:"#/properties/theme/properties/colors/properties/opportunity/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.opportunity,data:data34};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/theme/colors/opportunity",schemaPath:"#/properties/theme/properties/colors/properties/opportunity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.opportunity.type,parentSchema:schema58.properties.theme.properties.colors.properties.opportunity,data:data34};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data26.positive !== undefined){
let data35 = data26.positive;
if(typeof data35 === "string"){
if(!pattern19.test(data35)){
const err67 = {instancePath:instancePath+"/theme/colors/positive",schemaPath:"#/properties/theme/properties/colors/properties/positive/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.positive,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/theme/colors/positive",schemaPath:"#/properties/theme/properties/colors/properties/positive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.positive.type,parentSchema:schema58.properties.theme.properties.colors.properties.positive,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data26.negative !== undefined){
let data36 = data26.negative;
if(typeof data36 === "string"){
if(!pattern19.test(data36)){
const err69 = {instancePath:instancePath+"/theme/colors/negative",schemaPath:"#/properties/theme/properties/colors/properties/negative/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.negative,data:data36};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/theme/colors/negative",schemaPath:"#/properties/theme/properties/colors/properties/negative/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.negative.type,parentSchema:schema58.properties.theme.properties.colors.properties.negative,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data26.digital !== undefined){
let data37 = data26.digital;
if(typeof data37 === "string"){
if(!pattern19.test(data37)){
const err71 = {instancePath:instancePath+"/theme/colors/digital",schemaPath:"#/properties/theme/properties/colors/properties/digital/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.digital,data:data37};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/theme/colors/digital",schemaPath:"#/properties/theme/properties/colors/properties/digital/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.digital.type,parentSchema:schema58.properties.theme.properties.colors.properties.digital,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data26.human !== undefined){
let data38 = data26.human;
if(typeof data38 === "string"){
if(!pattern19.test(data38)){
const err73 = {instancePath:instancePath+"/theme/colors/human",schemaPath:"#/properties/theme/properties/colors/properties/human/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.human,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/theme/colors/human",schemaPath:"#/properties/theme/properties/colors/properties/human/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.human.type,parentSchema:schema58.properties.theme.properties.colors.properties.human,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data26.physical !== undefined){
let data39 = data26.physical;
if(typeof data39 === "string"){
if(!pattern19.test(data39)){
const err75 = {instancePath:instancePath+"/theme/colors/physical",schemaPath:"#/properties/theme/properties/colors/properties/physical/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.colors.properties.physical,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/theme/colors/physical",schemaPath:"#/properties/theme/properties/colors/properties/physical/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.colors.properties.physical.type,parentSchema:schema58.properties.theme.properties.colors.properties.physical,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/theme/colors",schemaPath:"#/properties/theme/properties/colors/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.theme.properties.colors.type,parentSchema:schema58.properties.theme.properties.colors,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data22.personaColors !== undefined){
let data40 = data22.personaColors;
if(Array.isArray(data40)){
if(data40.length < 1){
const err78 = {instancePath:instancePath+"/theme/personaColors",schemaPath:"#/properties/theme/properties/personaColors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema58.properties.theme.properties.personaColors,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
const len0 = data40.length;
for(let i0=0; i0<len0; i0++){
let data41 = data40[i0];
if(typeof data41 === "string"){
if(!pattern19.test(data41)){
const err79 = {instancePath:instancePath+"/theme/personaColors/" + i0,schemaPath:"#/properties/theme/properties/personaColors/items/pattern",keyword:"pattern",params:{pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"},message:"must match pattern \""+"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"+"\"",schema:"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",parentSchema:schema58.properties.theme.properties.personaColors.items,data:data41};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/theme/personaColors/" + i0,schemaPath:"#/properties/theme/properties/personaColors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.theme.properties.personaColors.items.type,parentSchema:schema58.properties.theme.properties.personaColors.items,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/theme/personaColors",schemaPath:"#/properties/theme/properties/personaColors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.theme.properties.personaColors.type,parentSchema:schema58.properties.theme.properties.personaColors,data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/theme",schemaPath:"#/properties/theme/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.theme.type,parentSchema:schema58.properties.theme,data:data22};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.channels !== undefined){
let data42 = data.channels;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key8 in data42){
const _errs94 = errors;
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err83 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema58.properties.channels.propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
var valid10 = _errs94 === errors;
if(!valid10){
const err84 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema58.properties.channels.propertyNames,parentSchema:schema58.properties.channels,data:data42};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
for(const key9 in data42){
let data43 = data42[key9];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key10 in data43){
if(!((((key10 === "name") || (key10 === "kind")) || (key10 === "cost")) || (key10 === "icon"))){
const err85 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/channels/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.channels.additionalProperties,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data43.name !== undefined){
let data44 = data43.name;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err86 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/channels/additionalProperties/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.channels.additionalProperties.properties.name,data:data44};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/properties/channels/additionalProperties/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.channels.additionalProperties.properties.name.type,parentSchema:schema58.properties.channels.additionalProperties.properties.name,data:data44};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data43.kind !== undefined){
let data45 = data43.kind;
if(!(((data45 === "digital") || (data45 === "human")) || (data45 === "physical"))){
const err88 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/kind",schemaPath:"#/properties/channels/additionalProperties/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.channels.additionalProperties.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.channels.additionalProperties.properties.kind.enum,parentSchema:schema58.properties.channels.additionalProperties.properties.kind,data:data45};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data43.cost !== undefined){
let data46 = data43.cost;
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
const err89 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/cost",schemaPath:"#/properties/channels/additionalProperties/properties/cost/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.channels.additionalProperties.properties.cost,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/cost",schemaPath:"#/properties/channels/additionalProperties/properties/cost/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema58.properties.channels.additionalProperties.properties.cost.type,parentSchema:schema58.properties.channels.additionalProperties.properties.cost,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data43.icon !== undefined){
let data47 = data43.icon;
if(typeof data47 !== "string"){
const err91 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/icon",schemaPath:"#/properties/channels/additionalProperties/properties/icon/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.channels.additionalProperties.properties.icon.type,parentSchema:schema58.properties.channels.additionalProperties.properties.icon,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/channels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/channels/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.channels.additionalProperties.type,parentSchema:schema58.properties.channels.additionalProperties,data:data43};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.channels.type,parentSchema:schema58.properties.channels,data:data42};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.rules !== undefined){
let data48 = data.rules;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key11 in data48){
if(!(func1.call(schema58.properties.rules.properties, key11))){
const err94 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.rules,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data48["file-bom"] !== undefined){
let data49 = data48["file-bom"];
if(!(((data49 === "off") || (data49 === "warn")) || (data49 === "error"))){
const err95 = {instancePath:instancePath+"/rules/file-bom",schemaPath:"#/properties/rules/properties/file-bom/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["file-bom"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["file-bom"].enum,parentSchema:schema58.properties.rules.properties["file-bom"],data:data49};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data48["step-without-touchpoints"] !== undefined){
let data50 = data48["step-without-touchpoints"];
if(!(((data50 === "off") || (data50 === "warn")) || (data50 === "error"))){
const err96 = {instancePath:instancePath+"/rules/step-without-touchpoints",schemaPath:"#/properties/rules/properties/step-without-touchpoints/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["step-without-touchpoints"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["step-without-touchpoints"].enum,parentSchema:schema58.properties.rules.properties["step-without-touchpoints"],data:data50};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data48["media-without-transcript"] !== undefined){
let data51 = data48["media-without-transcript"];
if(!(((data51 === "off") || (data51 === "warn")) || (data51 === "error"))){
const err97 = {instancePath:instancePath+"/rules/media-without-transcript",schemaPath:"#/properties/rules/properties/media-without-transcript/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["media-without-transcript"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["media-without-transcript"].enum,parentSchema:schema58.properties.rules.properties["media-without-transcript"],data:data51};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data48["media-file-too-large"] !== undefined){
let data52 = data48["media-file-too-large"];
if(!(((data52 === "off") || (data52 === "warn")) || (data52 === "error"))){
const err98 = {instancePath:instancePath+"/rules/media-file-too-large",schemaPath:"#/properties/rules/properties/media-file-too-large/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["media-file-too-large"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["media-file-too-large"].enum,parentSchema:schema58.properties.rules.properties["media-file-too-large"],data:data52};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data48["persona-unused"] !== undefined){
let data53 = data48["persona-unused"];
if(!(((data53 === "off") || (data53 === "warn")) || (data53 === "error"))){
const err99 = {instancePath:instancePath+"/rules/persona-unused",schemaPath:"#/properties/rules/properties/persona-unused/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["persona-unused"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["persona-unused"].enum,parentSchema:schema58.properties.rules.properties["persona-unused"],data:data53};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data48["review-overdue"] !== undefined){
let data54 = data48["review-overdue"];
if(!(((data54 === "off") || (data54 === "warn")) || (data54 === "error"))){
const err100 = {instancePath:instancePath+"/rules/review-overdue",schemaPath:"#/properties/rules/properties/review-overdue/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["review-overdue"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["review-overdue"].enum,parentSchema:schema58.properties.rules.properties["review-overdue"],data:data54};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data48["schema-line-unresolved"] !== undefined){
let data55 = data48["schema-line-unresolved"];
if(!(((data55 === "off") || (data55 === "warn")) || (data55 === "error"))){
const err101 = {instancePath:instancePath+"/rules/schema-line-unresolved",schemaPath:"#/properties/rules/properties/schema-line-unresolved/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["schema-line-unresolved"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["schema-line-unresolved"].enum,parentSchema:schema58.properties.rules.properties["schema-line-unresolved"],data:data55};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data48["emotion-missing-persona"] !== undefined){
let data56 = data48["emotion-missing-persona"];
if(!(((data56 === "off") || (data56 === "warn")) || (data56 === "error"))){
const err102 = {instancePath:instancePath+"/rules/emotion-missing-persona",schemaPath:"#/properties/rules/properties/emotion-missing-persona/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["emotion-missing-persona"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["emotion-missing-persona"].enum,parentSchema:schema58.properties.rules.properties["emotion-missing-persona"],data:data56};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data48["theme-contrast"] !== undefined){
let data57 = data48["theme-contrast"];
if(!(((data57 === "off") || (data57 === "warn")) || (data57 === "error"))){
const err103 = {instancePath:instancePath+"/rules/theme-contrast",schemaPath:"#/properties/rules/properties/theme-contrast/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["theme-contrast"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["theme-contrast"].enum,parentSchema:schema58.properties.rules.properties["theme-contrast"],data:data57};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data48["csv-unknown-column"] !== undefined){
let data58 = data48["csv-unknown-column"];
if(!(((data58 === "off") || (data58 === "warn")) || (data58 === "error"))){
const err104 = {instancePath:instancePath+"/rules/csv-unknown-column",schemaPath:"#/properties/rules/properties/csv-unknown-column/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["csv-unknown-column"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["csv-unknown-column"].enum,parentSchema:schema58.properties.rules.properties["csv-unknown-column"],data:data58};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data48["import-score-rescaled"] !== undefined){
let data59 = data48["import-score-rescaled"];
if(!(((data59 === "off") || (data59 === "warn")) || (data59 === "error"))){
const err105 = {instancePath:instancePath+"/rules/import-score-rescaled",schemaPath:"#/properties/rules/properties/import-score-rescaled/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["import-score-rescaled"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["import-score-rescaled"].enum,parentSchema:schema58.properties.rules.properties["import-score-rescaled"],data:data59};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data48["import-persona-missing"] !== undefined){
let data60 = data48["import-persona-missing"];
if(!(((data60 === "off") || (data60 === "warn")) || (data60 === "error"))){
const err106 = {instancePath:instancePath+"/rules/import-persona-missing",schemaPath:"#/properties/rules/properties/import-persona-missing/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["import-persona-missing"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["import-persona-missing"].enum,parentSchema:schema58.properties.rules.properties["import-persona-missing"],data:data60};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data48["data-duplicate-row"] !== undefined){
let data61 = data48["data-duplicate-row"];
if(!(((data61 === "off") || (data61 === "warn")) || (data61 === "error"))){
const err107 = {instancePath:instancePath+"/rules/data-duplicate-row",schemaPath:"#/properties/rules/properties/data-duplicate-row/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["data-duplicate-row"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["data-duplicate-row"].enum,parentSchema:schema58.properties.rules.properties["data-duplicate-row"],data:data61};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data48["events-bad-row"] !== undefined){
let data62 = data48["events-bad-row"];
if(!(((data62 === "off") || (data62 === "warn")) || (data62 === "error"))){
const err108 = {instancePath:instancePath+"/rules/events-bad-row",schemaPath:"#/properties/rules/properties/events-bad-row/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["events-bad-row"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["events-bad-row"].enum,parentSchema:schema58.properties.rules.properties["events-bad-row"],data:data62};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data48["events-pattern-unmatched"] !== undefined){
let data63 = data48["events-pattern-unmatched"];
if(!(((data63 === "off") || (data63 === "warn")) || (data63 === "error"))){
const err109 = {instancePath:instancePath+"/rules/events-pattern-unmatched",schemaPath:"#/properties/rules/properties/events-pattern-unmatched/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["events-pattern-unmatched"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["events-pattern-unmatched"].enum,parentSchema:schema58.properties.rules.properties["events-pattern-unmatched"],data:data63};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data48["owner-missing"] !== undefined){
let data64 = data48["owner-missing"];
if(!(((data64 === "off") || (data64 === "warn")) || (data64 === "error"))){
const err110 = {instancePath:instancePath+"/rules/owner-missing",schemaPath:"#/properties/rules/properties/owner-missing/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["owner-missing"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["owner-missing"].enum,parentSchema:schema58.properties.rules.properties["owner-missing"],data:data64};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data48["review-date-missing"] !== undefined){
let data65 = data48["review-date-missing"];
if(!(((data65 === "off") || (data65 === "warn")) || (data65 === "error"))){
const err111 = {instancePath:instancePath+"/rules/review-date-missing",schemaPath:"#/properties/rules/properties/review-date-missing/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["review-date-missing"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["review-date-missing"].enum,parentSchema:schema58.properties.rules.properties["review-date-missing"],data:data65};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data48["claims-without-evidence"] !== undefined){
let data66 = data48["claims-without-evidence"];
if(!(((data66 === "off") || (data66 === "warn")) || (data66 === "error"))){
const err112 = {instancePath:instancePath+"/rules/claims-without-evidence",schemaPath:"#/properties/rules/properties/claims-without-evidence/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["claims-without-evidence"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["claims-without-evidence"].enum,parentSchema:schema58.properties.rules.properties["claims-without-evidence"],data:data66};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data48["inclusion-gap-digital"] !== undefined){
let data67 = data48["inclusion-gap-digital"];
if(!(((data67 === "off") || (data67 === "warn")) || (data67 === "error"))){
const err113 = {instancePath:instancePath+"/rules/inclusion-gap-digital",schemaPath:"#/properties/rules/properties/inclusion-gap-digital/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["inclusion-gap-digital"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["inclusion-gap-digital"].enum,parentSchema:schema58.properties.rules.properties["inclusion-gap-digital"],data:data67};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data48["inclusion-gap-channels"] !== undefined){
let data68 = data48["inclusion-gap-channels"];
if(!(((data68 === "off") || (data68 === "warn")) || (data68 === "error"))){
const err114 = {instancePath:instancePath+"/rules/inclusion-gap-channels",schemaPath:"#/properties/rules/properties/inclusion-gap-channels/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["inclusion-gap-channels"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["inclusion-gap-channels"].enum,parentSchema:schema58.properties.rules.properties["inclusion-gap-channels"],data:data68};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data48["moment-of-truth-without-human"] !== undefined){
let data69 = data48["moment-of-truth-without-human"];
if(!(((data69 === "off") || (data69 === "warn")) || (data69 === "error"))){
const err115 = {instancePath:instancePath+"/rules/moment-of-truth-without-human",schemaPath:"#/properties/rules/properties/moment-of-truth-without-human/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["moment-of-truth-without-human"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["moment-of-truth-without-human"].enum,parentSchema:schema58.properties.rules.properties["moment-of-truth-without-human"],data:data69};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data48["emotion-cliff"] !== undefined){
let data70 = data48["emotion-cliff"];
if(!(((data70 === "off") || (data70 === "warn")) || (data70 === "error"))){
const err116 = {instancePath:instancePath+"/rules/emotion-cliff",schemaPath:"#/properties/rules/properties/emotion-cliff/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["emotion-cliff"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["emotion-cliff"].enum,parentSchema:schema58.properties.rules.properties["emotion-cliff"],data:data70};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data48["dead-end"] !== undefined){
let data71 = data48["dead-end"];
if(!(((data71 === "off") || (data71 === "warn")) || (data71 === "error"))){
const err117 = {instancePath:instancePath+"/rules/dead-end",schemaPath:"#/properties/rules/properties/dead-end/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["dead-end"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["dead-end"].enum,parentSchema:schema58.properties.rules.properties["dead-end"],data:data71};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data48["stale-claims"] !== undefined){
let data72 = data48["stale-claims"];
if(!(((data72 === "off") || (data72 === "warn")) || (data72 === "error"))){
const err118 = {instancePath:instancePath+"/rules/stale-claims",schemaPath:"#/properties/rules/properties/stale-claims/enum",keyword:"enum",params:{allowedValues: schema58.properties.rules.properties["stale-claims"].enum},message:"must be equal to one of the allowed values",schema:schema58.properties.rules.properties["stale-claims"].enum,parentSchema:schema58.properties.rules.properties["stale-claims"],data:data72};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.rules.type,parentSchema:schema58.properties.rules,data:data48};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

