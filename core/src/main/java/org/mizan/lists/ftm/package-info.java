/**
 * FollowTheMoney (FtM) entities in JSON Lines: OpenSanctions' {@code entities.ftm.json} export of
 * any dataset (and its nested {@code targets.nested.json}), source id {@code ftm:<dataset>}.
 *
 * <p>Entry type: {@link org.mizan.lists.ftm.FtmEntitiesParser}. Behind it: {@code EntityReader}
 * (jackson-core streaming, one entity at a time, errors with line and column), {@code Role} (what
 * each schema is for), {@code Draft} and {@code Names} (one entity to a {@code ListEntry}), {@code
 * Links} (sanctions, documents and addresses on other lines, applied after the pass), and the pure
 * rules {@code FtmDates}, {@code Documents}, {@code Addresses}, {@code CountryCodes}. Depends on
 * {@code model} and {@code lists} only, and on jackson-core.
 */
package org.mizan.lists.ftm;
